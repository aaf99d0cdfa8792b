namespace Alliance.Contracts;

/// <summary>
/// A fact one service publishes for the others. <see cref="EventId"/> is unique per event and is
/// what consumers deduplicate on; <see cref="OccurredAt"/> is when the change was committed.
/// </summary>
public interface IIntegrationEvent
{
    Guid EventId { get; }
    DateTimeOffset OccurredAt { get; }
}
