using Alliance.ServiceDefaults;
using Alliance.Integration.Tests.Infrastructure;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using RabbitMQ.Client;

namespace Alliance.Integration.Tests.Messaging;

/// <summary>
/// The outbox and inbox against the real PostgreSQL and RabbitMQ of the test run (and a private
/// broker of its own for the test that stops one).
/// </summary>
public sealed class OutboxAndInboxTests(SystemFixture system)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Relay_BrokerStoppedBeforeItRuns_DeliversOnceWhenTheBrokerIsBack()
    {
        await using var bed = await ProbeBed.CreateAsync(system);
        await using var broker = new PrivateBroker();
        await broker.StartAsync(TestContext.Current.CancellationToken);
        var database = await bed.NewDatabaseAsync();
        var host = await bed.StartHostAsync(broker.ConnectionString, database, consume: true);
        var deliveries = ProbeBed.CountDeliveries(host, bed.RunId);

        await broker.StopAsync();
        var probe = ProbeHappened.Next(bed.RunId, 1);
        await ProbeBed.WriteAsync(database, probe);

        var failed = await Eventually.Until(() => ProbeBed.OutboxAsync(database), rows => rows.Single().Attempts >= 1,
            Patience, "the relay to try, and fail, to publish while the broker is down");
        Assert.Null(failed.Single().SentAt);
        Assert.NotNull(failed.Single().LastError);
        Assert.Empty(await bed.EffectsAsync(database));

        await broker.StartAsync(TestContext.Current.CancellationToken);

        var effects = await Eventually.Until(() => bed.EffectsAsync(database), rows => rows.Length > 0, TimeSpan.FromSeconds(60), "the probe's effect");
        var sent = await Eventually.Until(() => ProbeBed.OutboxAsync(database), rows => rows.Single().SentAt is not null, Patience, "the outbox row marked sent");
        Assert.Equal(probe.EventId, Assert.Single(effects).EventId);
        Assert.Null(sent.Single().LastError);
        Assert.Equal(1, deliveries.Consumed(probe.EventId));
    }

    [Fact]
    public async Task Consumer_SameEventDeliveredTwice_AppliesItOnce()
    {
        await using var bed = await ProbeBed.CreateAsync(system);
        var database = await bed.NewDatabaseAsync();
        var host = await bed.StartHostAsync(await system.ConnectionStringAsync(ResourceNames.RabbitMq), database, consume: true);
        var deliveries = ProbeBed.CountDeliveries(host, bed.RunId);
        var bus = host.Services.GetRequiredService<IBus>();
        var probe = ProbeHappened.Next(bed.RunId, 7);

        await bus.Publish(probe, TestContext.Current.CancellationToken);
        await bus.Publish(probe, TestContext.Current.CancellationToken);

        await Eventually.Until(() => Task.FromResult(deliveries.Consumed(probe.EventId)), count => count == 2, Patience, "both deliveries consumed");
        var effect = Assert.Single(await bed.EffectsAsync(database));
        Assert.Equal(probe.EventId, effect.EventId);
    }

    [Fact]
    public async Task TwoRelays_OneOutbox_PublishEachEventOnceInOrder_EvenWhenTheLeaderStops()
    {
        await using var bed = await ProbeBed.CreateAsync(system);
        var broker = await system.ConnectionStringAsync(ResourceNames.RabbitMq);
        var outbox = await bed.NewDatabaseAsync();
        var effectsDatabase = await bed.NewDatabaseAsync();
        var consumer = await bed.StartHostAsync(broker, effectsDatabase, consume: true);
        var deliveries = ProbeBed.CountDeliveries(consumer, bed.RunId);
        var first = await bed.StartHostAsync(broker, outbox, consume: false);
        await bed.StartHostAsync(broker, outbox, consume: false);

        var probes = Enumerable.Range(1, 60).Select(n => ProbeHappened.Next(bed.RunId, n)).ToArray();
        await ProbeBed.WriteAsync(outbox, probes[..30]);
        await Eventually.Until(() => bed.EffectsAsync(effectsDatabase), rows => rows.Length == 30, Patience, "the first 30 effects");

        await ProbeBed.StopAsync(first);
        await ProbeBed.WriteAsync(outbox, probes[30..]);

        var effects = await Eventually.Until(() => bed.EffectsAsync(effectsDatabase), rows => rows.Length == 60, Patience, "all 60 effects");
        Assert.Equal(Enumerable.Range(1, 60), effects.Select(e => e.Number));
        Assert.Equal(60, deliveries.TotalConsumed);
        // The relay records a batch as sent after the broker confirmed it, which may be after the consumer is done with it.
        var rows = await Eventually.Until(() => ProbeBed.OutboxAsync(outbox), all => all.All(row => row.SentAt is not null), Patience, "every event recorded as sent");
        Assert.Equal(60, rows.Length);
    }

    [Fact]
    public async Task Relay_AfterCommit_PublishesAtOnceWithoutWaitingForItsPoll()
    {
        await using var bed = await ProbeBed.CreateAsync(system);
        var database = await bed.NewDatabaseAsync();
        await bed.StartHostAsync(await system.ConnectionStringAsync(ResourceNames.RabbitMq), database, consume: true,
            relay => relay.PollInterval = TimeSpan.FromMinutes(10));
        await Task.Yield();

        var probe = ProbeHappened.Next(bed.RunId, 1);
        await ProbeBed.WriteAsync(database, probe);

        var effects = await Eventually.Until(() => bed.EffectsAsync(database), rows => rows.Length == 1, TimeSpan.FromSeconds(10), "the effect, long before the 10-minute poll");
        Assert.Equal(probe.EventId, effects.Single().EventId);
    }

    [Fact]
    public async Task Outbox_RolledBackChange_PublishesNothing()
    {
        await using var bed = await ProbeBed.CreateAsync(system);
        var database = await bed.NewDatabaseAsync();

        await using (var db = ProbeBed.Open(database))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
            Alliance.Messaging.Outbox.OutboxWriter.AddEvent(db, ProbeHappened.Next(bed.RunId, 1));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            await transaction.RollbackAsync(TestContext.Current.CancellationToken);
        }

        Assert.Empty(await ProbeBed.OutboxAsync(database));
    }

    [Fact]
    public async Task Consumer_PoisonMessage_EndsInTheErrorQueueAfterRetries()
    {
        await using var bed = await ProbeBed.CreateAsync(system);
        var broker = await system.ConnectionStringAsync(ResourceNames.RabbitMq);
        var database = await bed.NewDatabaseAsync();
        await bed.StartHostAsync(broker, database, consume: true);

        await ProbeBed.WriteAsync(database, ProbeHappened.Next(bed.RunId, 13, poison: true));

        var factory = new ConnectionFactory { Uri = new Uri(broker) };
        await using var connection = await factory.CreateConnectionAsync(TestContext.Current.CancellationToken);
        await Eventually.Until(async () => await QueueDepthAsync(connection, $"{bed.QueueName}_error") == 1, Patience, "the poison probe in the error queue");
        Assert.Empty(await bed.EffectsAsync(database));
    }

    /// <summary>The queue's depth, 0 while it does not exist (a passive declare of a missing queue closes its channel, so each look uses a new one).</summary>
    private static async Task<uint> QueueDepthAsync(IConnection connection, string queue)
    {
        try
        {
            await using var channel = await connection.CreateChannelAsync();
            return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return 0;
        }
    }
}
