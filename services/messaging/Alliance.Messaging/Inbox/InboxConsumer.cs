using System.Diagnostics;
using Alliance.Contracts;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Messaging.Inbox;

/// <summary>
/// A consumer whose effect is applied at most once per event: the inbox row and the effect commit
/// in one transaction, so a redelivered event (the relay's at-least-once publish, a broker
/// redelivery) finds its row and changes nothing. A failure rolls both back, for a retry.
/// </summary>
public abstract class InboxConsumer<TEvent, TDb>(TDb db, TimeProvider clock) : IConsumer<TEvent>
    where TEvent : class, IIntegrationEvent
    where TDb : DbContext
{
    protected TDb Db { get; } = db;

    /// <summary>
    /// The name the inbox knows this consumer by; stable across releases. A shared generic consumer is
    /// known by its definition's name, without the service's type argument (each service has its own inbox).
    /// </summary>
    protected virtual string ConsumerName => InboxNames.Of(GetType());

    public async Task Consume(ConsumeContext<TEvent> context)
    {
        var cancellationToken = context.CancellationToken;
        await using var transaction = await Db.Database.BeginTransactionAsync(cancellationToken);
        if (!await TryClaimAsync(context.Message.EventId, cancellationToken))
        {
            await transaction.RollbackAsync(cancellationToken);
            return;
        }

        await ApplyAsync(context.Message, cancellationToken);
        await Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Stages the event's effect on <see cref="Db"/>; the base class saves and commits it.</summary>
    protected abstract Task ApplyAsync(TEvent message, CancellationToken cancellationToken);

    private async Task<bool> TryClaimAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var traceId = Activity.Current?.TraceId.ToHexString();
        var claimed = await Db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO inbox_messages (consumer, event_id, processed_at, trace_id)
            VALUES ({ConsumerName}, {eventId}, {clock.GetUtcNow()}, {traceId})
            ON CONFLICT DO NOTHING
            """,
            cancellationToken);
        return claimed == 1;
    }
}
