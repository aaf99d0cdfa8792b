namespace Alliance.Messaging.Outbox;

/// <summary>
/// An event waiting to be published, written in the same transaction as the change it reports.
/// <see cref="Sequence"/> is the publishing order; <see cref="SentAt"/> is null until the broker confirmed it.
/// </summary>
public sealed class OutboxMessage
{
    public long Sequence { get; private set; }
    public Guid EventId { get; init; }
    public required string MessageType { get; init; }
    public required string Payload { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    /// <summary>W3C traceparent of the activity that wrote the event, so the publish joins its trace.</summary>
    public string? TraceParent { get; init; }
    public string? TraceState { get; init; }
    public DateTimeOffset? SentAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}
