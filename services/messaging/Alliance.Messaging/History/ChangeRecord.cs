namespace Alliance.Messaging.History;

/// <summary>
/// One change to one record (異動紀錄): who, when, what action, and the record before and after,
/// as JSON. Written in the same transaction as the change; never updated or deleted.
/// </summary>
public sealed class ChangeRecord
{
    public long Id { get; init; }
    public required string EntityType { get; init; }
    public required string EntityId { get; init; }
    public required string Action { get; init; }
    public required string Actor { get; init; }
    public DateTimeOffset At { get; init; }
    public string? Before { get; init; }
    public string? After { get; init; }
}
