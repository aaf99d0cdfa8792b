using MassTransit;

namespace Alliance.Contracts.Membership;

/// <summary>An alliance left the programme; its records and history stay. Published by membership.</summary>
[MessageUrn("alliance:membership:alliance-terminated:v1")]
public sealed record AllianceTerminated : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid AllianceId { get; init; }
    public required string Code { get; init; }
    public required DateOnly TerminatedOn { get; init; }
    public required string Reason { get; init; }
    /// <summary>
    /// The alliance's version once terminated (the <see cref="AllianceChanged.Version"/> published with it);
    /// 0 in events published before this field existed.
    /// </summary>
    public long Version { get; init; }
}
