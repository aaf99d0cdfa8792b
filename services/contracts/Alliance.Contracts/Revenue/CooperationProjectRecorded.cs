using MassTransit;

namespace Alliance.Contracts.Revenue;

/// <summary>
/// An industry–academia cooperation project (產學合作) was recorded or corrected; the whole current
/// state is carried. Membership derives from it the special-case firm member (DOMAIN.md, "Members"):
/// when the project concerns the alliance's core technology and the PI signed it, the firm counts
/// over the project's period like a free contract. When either fact is false, or the entry is
/// voided (<see cref="IncomeVoided"/>), no membership is derived from it.
/// </summary>
[MessageUrn("alliance:revenue:cooperation-project-recorded:v1")]
public sealed record CooperationProjectRecorded : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>The income entry that records the project; also the id of the derived contract.</summary>
    public required Guid ProjectId { get; init; }
    public required Guid AllianceId { get; init; }
    public required int Year { get; init; }
    /// <summary>The member it names, when the firm is already a member of the alliance.</summary>
    public Guid? MemberId { get; init; }
    public required string FirmName { get; init; }
    public string? RegistrationNumber { get; init; }
    /// <summary>One of membership's organisation kinds (taiwan-company, …).</summary>
    public required string OrganisationKind { get; init; }
    /// <summary>County or city (臺 spelling) for Taiwanese firms.</summary>
    public string? County { get; init; }
    public required DateOnly SignedOn { get; init; }
    public required DateOnly PeriodStart { get; init; }
    public required DateOnly PeriodEnd { get; init; }
    public required bool ConcernsCoreTechnology { get; init; }
    public required bool SignedByPi { get; init; }
    /// <summary>Grows with every correction, so membership can ignore an older state.</summary>
    public required long Version { get; init; }
}
