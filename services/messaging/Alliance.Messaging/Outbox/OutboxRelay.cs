using System.Diagnostics;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Alliance.Messaging.Outbox;

/// <summary>
/// Publishes a service's outbox in sequence order, one message at a time, each awaited until the
/// broker confirms it; the confirmed messages of a batch are marked sent by one statement. Only the holder of the database's relay advisory lock
/// publishes, so two replicas never interleave; a standby takes over when the leader's session ends.
/// Woken by the outbox trigger's NOTIFY, with a slow poll as a safety net.
/// </summary>
public sealed partial class OutboxRelay<TDb>(
    IServiceScopeFactory scopes,
    IBus bus,
    TimeProvider clock,
    IOptions<OutboxRelayOptions> options,
    ILogger<OutboxRelay<TDb>> logger) : BackgroundService where TDb : DbContext
{
    /// <summary>Advisory locks are per database, and each service owns its database, so one key serves all.</summary>
    internal const long LeadershipLockKey = 0x4F7574626F78; // "Outbox"

    private readonly OutboxRelayOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await LeadAsync(() => failures = 0, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                failures++;
                LogRelayFailed(exception, failures);
                await Task.Delay(RelayBackoff.After(failures), clock, stoppingToken);
            }
        }
    }

    private async Task LeadAsync(Action onLeading, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(await ConnectionStringAsync());
        await connection.OpenAsync(cancellationToken);
        while (!await TryTakeLeadershipAsync(connection, cancellationToken))
        {
            await Task.Delay(_options.LeadershipRetryInterval, clock, cancellationToken);
        }

        LogLeading();
        onLeading();
        await using (var listen = new NpgsqlCommand($"LISTEN {MessagingModel.OutboxChannel}", connection))
        {
            await listen.ExecuteNonQueryAsync(cancellationToken);
        }

        var publishFailures = 0;
        while (true)
        {
            var outcome = await PublishPendingAsync(cancellationToken);
            if (outcome == BatchOutcome.Failed)
            {
                publishFailures++;
                await Task.Delay(RelayBackoff.After(publishFailures), clock, cancellationToken);
                continue;
            }

            publishFailures = 0;
            if (outcome == BatchOutcome.Drained)
            {
                await connection.WaitAsync(_options.PollInterval, cancellationToken);
            }
        }
    }

    private static async Task<bool> TryTakeLeadershipAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
        command.Parameters.AddWithValue("key", LeadershipLockKey);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private async Task<BatchOutcome> PublishPendingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDb>();
        var batch = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.SentAt == null)
            .OrderBy(m => m.Sequence)
            .Take(_options.BatchSize)
            .ToListAsync(cancellationToken);

        var confirmed = new List<long>(batch.Count);
        try
        {
            foreach (var message in batch)
            {
                await PublishAsync(message, cancellationToken);
                confirmed.Add(message.Sequence);
            }
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            var failed = batch[confirmed.Count];
            await MarkSentAsync(db, confirmed, CancellationToken.None);
            await MarkFailedAsync(db, failed.Sequence, exception.Message, cancellationToken);
            LogPublishFailed(exception, failed.Sequence, failed.Attempts + 1);
            return BatchOutcome.Failed;
        }
        finally
        {
            // Once the broker has confirmed, record it even while stopping: an unrecorded publish is sent again.
            if (cancellationToken.IsCancellationRequested)
            {
                await MarkSentAsync(db, confirmed, CancellationToken.None);
            }
        }

        await MarkSentAsync(db, confirmed, CancellationToken.None);
        return batch.Count == _options.BatchSize ? BatchOutcome.MoreWaiting : BatchOutcome.Drained;
    }

    /// <summary>One statement for the confirmed messages of a batch, not one per message.</summary>
    private async Task MarkSentAsync(TDb db, List<long> sequences, CancellationToken cancellationToken)
    {
        if (sequences.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        await db.Set<OutboxMessage>().Where(m => sequences.Contains(m.Sequence)).ExecuteUpdateAsync(message => message
            .SetProperty(m => m.SentAt, now)
            .SetProperty(m => m.Attempts, m => m.Attempts + 1)
            .SetProperty(m => m.LastError, (string?)null), cancellationToken);
        sequences.Clear();
    }

    private static Task MarkFailedAsync(TDb db, long sequence, string error, CancellationToken cancellationToken)
    {
        var lastError = error.Length > 2000 ? error[..2000] : error;
        return db.Set<OutboxMessage>().Where(m => m.Sequence == sequence).ExecuteUpdateAsync(message => message
            .SetProperty(m => m.Attempts, m => m.Attempts + 1)
            .SetProperty(m => m.LastError, lastError), cancellationToken);
    }

    private async Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var integrationEvent = OutboxWriter.Open(message, out var type);
        ActivityContext.TryParse(message.TraceParent, message.TraceState, out var writer);
        using var activity = MessagingTelemetry.Source.StartActivity($"outbox relay {type.Name}", ActivityKind.Internal, writer);
        activity?.SetTag("messaging.message.id", message.EventId);
        activity?.SetTag("alliance.outbox.sequence", message.Sequence);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.PublishTimeout);
        await bus.Publish(integrationEvent, type, Pipe.Execute<PublishContext>(context => context.MessageId = message.EventId), timeout.Token);
    }

    private async Task<string> ConnectionStringAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        return scope.ServiceProvider.GetRequiredService<TDb>().Database.GetConnectionString()
            ?? throw new InvalidOperationException($"{typeof(TDb).Name} has no connection string.");
    }

    private enum BatchOutcome { Drained, MoreWaiting, Failed }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox relay is now the leader for this database")]
    private partial void LogLeading();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing outbox message {Sequence} failed (attempt {Attempts}); retrying with back-off")]
    private partial void LogPublishFailed(Exception exception, long sequence, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox relay lost its database session ({Failures} in a row); reconnecting")]
    private partial void LogRelayFailed(Exception exception, int failures);
}
