using MassTransit;

namespace Alliance.Contracts.Membership;

/// <summary>An alliance's roster details changed (the whole new state is carried). Published by membership.</summary>
[MessageUrn("alliance:membership:alliance-changed:v1")]
public sealed record AllianceChanged : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid AllianceId { get; init; }
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required string HostInstitution { get; init; }
    public required string DomainCode { get; init; }
    public required int Phase { get; init; }
    public required int YearInPhase { get; init; }
    public required string PiUserName { get; init; }
    /// <summary>The alliance's version after the change, so consumers can ignore an older state.</summary>
    public required long Version { get; init; }
}
