using System.Diagnostics;
using System.Text.Json;
using Alliance.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Messaging.Outbox;

/// <summary>Writes events into the outbox of the DbContext whose change they report.</summary>
public static class OutboxWriter
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Adds <paramref name="integrationEvent"/> to the outbox; it is stored by the same
    /// <c>SaveChanges</c>, and so in the same transaction, as the change it reports.
    /// </summary>
    public static void AddEvent<TEvent>(this DbContext db, TEvent integrationEvent) where TEvent : class, IIntegrationEvent =>
        db.Set<OutboxMessage>().Add(Envelope(integrationEvent, Activity.Current));

    /// <summary>
    /// Writes many events to the outbox at once (one COPY, in their order), in the transaction of the
    /// change they report, which must be open. The outbox trigger wakes the relay once, at commit.
    /// </summary>
    public static Task AddEventsAsync<TEvent>(this DbContext db, IEnumerable<TEvent> integrationEvents, CancellationToken cancellationToken)
        where TEvent : class, IIntegrationEvent =>
        db.CopyAsync(integrationEvents.Select(e => Envelope(e, Activity.Current)).ToList(), cancellationToken);

    internal static OutboxMessage Envelope<TEvent>(TEvent integrationEvent, Activity? current) where TEvent : class, IIntegrationEvent =>
        new()
        {
            EventId = integrationEvent.EventId,
            MessageType = EventTypes.NameOf(typeof(TEvent)),
            Payload = JsonSerializer.Serialize(integrationEvent, Json),
            OccurredAt = integrationEvent.OccurredAt,
            TraceParent = current?.Id is { } id && current.IdFormat == ActivityIdFormat.W3C ? id : null,
            TraceState = current?.TraceStateString,
        };

    internal static object Open(OutboxMessage message, out Type type)
    {
        type = EventTypes.Resolve(message.MessageType);
        return JsonSerializer.Deserialize(message.Payload, type, Json)
            ?? throw new InvalidOperationException($"Outbox message {message.Sequence} has an empty payload.");
    }
}
