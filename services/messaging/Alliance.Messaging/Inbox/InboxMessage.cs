namespace Alliance.Messaging.Inbox;

/// <summary>
/// The record that one consumer has applied one event. Its key (consumer, event id) is what makes
/// a redelivered event change nothing. <see cref="TraceId"/> is the trace the effect was applied in.
/// </summary>
public sealed class InboxMessage
{
    public required string Consumer { get; init; }
    public Guid EventId { get; init; }
    public DateTimeOffset ProcessedAt { get; init; }
    public string? TraceId { get; init; }
}
