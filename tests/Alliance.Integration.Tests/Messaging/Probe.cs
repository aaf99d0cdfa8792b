using System.Collections.Concurrent;
using Alliance.Contracts;
using Alliance.Messaging;
using Alliance.Messaging.Inbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Integration.Tests.Messaging;

/// <summary>The event the messaging tests send. <see cref="RunId"/> tells one test's events from another's.</summary>
[MessageUrn("alliance:tests:probe-happened:v1")]
public sealed record ProbeHappened : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid RunId { get; init; }
    public required int Number { get; init; }

    /// <summary>A probe the consumer refuses every time, to prove a poison message is kept, not dropped.</summary>
    public bool Poison { get; init; }

    public static ProbeHappened Next(Guid runId, int number, bool poison = false) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = DateTimeOffset.UtcNow,
        RunId = runId,
        Number = number,
        Poison = poison,
    };
}

/// <summary>What the probe consumer did: one row per applied event.</summary>
public sealed class ProbeEffect
{
    public long Id { get; init; }
    public Guid EventId { get; init; }
    public Guid RunId { get; init; }
    public int Number { get; init; }
}

public sealed class ProbeDb(DbContextOptions<ProbeDb> options) : DbContext(options)
{
    public DbSet<ProbeEffect> Effects => Set<ProbeEffect>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.Entity<ProbeEffect>(effect =>
        {
            effect.ToTable("probe_effects");
            effect.HasKey(e => e.Id);
            effect.Property(e => e.Id).UseIdentityAlwaysColumn();
        });
    }
}

/// <summary>The run this host's consumer works for.</summary>
public sealed record ProbeRun(Guid RunId);

public sealed class ProbeConsumer(ProbeDb db, TimeProvider clock, ProbeRun run) : InboxConsumer<ProbeHappened, ProbeDb>(db, clock)
{
    protected override Task ApplyAsync(ProbeHappened message, CancellationToken cancellationToken)
    {
        if (message.RunId != run.RunId)
        {
            return Task.CompletedTask;
        }

        if (message.Poison)
        {
            throw new InvalidOperationException($"Probe {message.Number} is poison.");
        }

        Db.Effects.Add(new ProbeEffect { EventId = message.EventId, RunId = message.RunId, Number = message.Number });
        return Task.CompletedTask;
    }
}

/// <summary>Counts every delivery of this run's probes, applied or not.</summary>
public sealed class DeliveryCounter(Guid runId) : IConsumeObserver
{
    private readonly ConcurrentDictionary<Guid, int> _consumed = new();

    public int Consumed(Guid eventId) => _consumed.GetValueOrDefault(eventId);

    public int TotalConsumed => _consumed.Values.Sum();

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        if (context.Message is ProbeHappened probe && probe.RunId == runId)
        {
            _consumed.AddOrUpdate(probe.EventId, 1, (_, count) => count + 1);
        }

        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}
