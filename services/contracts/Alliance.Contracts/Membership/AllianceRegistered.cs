using MassTransit;

namespace Alliance.Contracts.Membership;

/// <summary>A new alliance joined the programme roster. Published by membership.</summary>
/// <remarks>Phase is 1 or 2; YearInPhase is 1 to 3; DomainCode is one of membership's domain codes.</remarks>
[MessageUrn("alliance:membership:alliance-registered:v1")]
public sealed record AllianceRegistered : IIntegrationEvent
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
    /// <summary>
    /// The alliance's version as registered, comparable with <see cref="AllianceChanged.Version"/>, so a
    /// consumer that already holds a newer state keeps it. 0 in events published before this field existed:
    /// the version is unknown, and the details count only while nothing else is known.
    /// </summary>
    public long Version { get; init; }
}
