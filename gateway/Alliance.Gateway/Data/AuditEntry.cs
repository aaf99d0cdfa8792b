namespace Alliance.Gateway.Data;

/// <summary>One security-relevant event: who, what, to whom, with what outcome, when (UTC), from where.</summary>
public sealed class AuditEntry
{
    public long Id { get; init; }
    public DateTimeOffset At { get; init; }
    public required string Actor { get; init; }
    public required string Action { get; init; }
    public string? Subject { get; init; }
    public required string Outcome { get; init; }
    public string? Detail { get; init; }
    public string? RemoteAddress { get; init; }
}
