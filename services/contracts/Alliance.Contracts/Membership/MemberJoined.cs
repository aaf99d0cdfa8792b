using MassTransit;

namespace Alliance.Contracts.Membership;

/// <summary>
/// A member was added to an alliance. Carries what other services check counterparties against,
/// so they need not call back: its kind, whether that kind is a firm, its region and its contracts.
/// </summary>
[MessageUrn("alliance:membership:member-joined:v1")]
public sealed record MemberJoined : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required MemberState Member { get; init; }
}

/// <summary>A member's details or contracts changed; the whole new state is carried.</summary>
[MessageUrn("alliance:membership:member-changed:v1")]
public sealed record MemberChanged : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required MemberState Member { get; init; }
}

/// <summary>
/// A member was removed from its alliance (entered by mistake, say). Its earlier state stays with the
/// consumers that copied it; from now on it is a member of nothing, so it has no contracts.
/// </summary>
[MessageUrn("alliance:membership:member-left:v1")]
public sealed record MemberLeft : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid MemberId { get; init; }
    public required Guid AllianceId { get; init; }
    /// <summary>Membership's version after the removal: later than every state of the member before it.</summary>
    public required long Version { get; init; }
}

/// <summary>A member as membership knows it. <see cref="MemberKind"/> is firm, individual or other.</summary>
public sealed record MemberState
{
    public required Guid MemberId { get; init; }
    public required Guid AllianceId { get; init; }
    public required string Name { get; init; }
    /// <summary>One of taiwan-company, non-research-juridical-person, association, foreign-company, mainland-china-company, research-juridical-person, other-organisation, natural-person.</summary>
    public required string OrganisationKind { get; init; }
    public required string MemberKind { get; init; }
    public required bool IsFirm { get; init; }
    public string? RegistrationNumber { get; init; }
    public string? County { get; init; }
    /// <summary>north, central, south, east or islands-and-overseas; null for non-firms without a county.</summary>
    public string? Region { get; init; }
    public required IReadOnlyList<MemberContractTerm> Contracts { get; init; }
    /// <summary>Membership's version of this state, so a consumer can ignore an older one.</summary>
    public required long Version { get; init; }
}

/// <summary>One contract or MOU; <see cref="Source"/> is contract or cooperation-project (the special case).</summary>
public sealed record MemberContractTerm(Guid ContractId, DateOnly Start, DateOnly End, bool Paid, string Source);
