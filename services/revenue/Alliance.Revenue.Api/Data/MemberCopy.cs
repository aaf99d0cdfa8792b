using Alliance.Revenue.Domain;

namespace Alliance.Revenue.Api.Data;

/// <summary>
/// Revenue's copy of a member, as membership's MemberJoined and MemberChanged last described it:
/// what counterparties are checked against (kind, firm or not, contract periods).
/// </summary>
public sealed class MemberCopy
{
    public Guid Id { get; init; }
    public Guid AllianceId { get; set; }
    public required string Name { get; set; }
    public OrganisationKind OrganisationKind { get; set; }
    public MemberKind MemberKind { get; set; }
    public string? RegistrationNumber { get; set; }
    public string? County { get; set; }
    public List<MemberContractCopy> Contracts { get; set; } = [];
    /// <summary>Membership's version of this state; an older or equal one is ignored.</summary>
    public long SourceVersion { get; set; }
    /// <summary>When membership removed the member (MemberLeft): from then on it is a member of no alliance.</summary>
    public DateTimeOffset? LeftAt { get; set; }

    /// <summary>Removed before any state of it arrived (its MemberLeft overtook its MemberJoined): no details yet.</summary>
    public bool IsRemovedBeforeKnown => LeftAt is not null && Name.Length == 0;

    /// <summary>
    /// The member as the rules see it from an entry of <paramref name="allianceId"/>. The membership
    /// derived from the entry's own cooperation project (same id) is left out: the project cannot
    /// vouch for itself; the special case is judged from its two facts instead.
    /// </summary>
    public MemberFacts FactsFor(Guid allianceId, Guid incomeId) => new(
        StandingTowards(allianceId),
        MemberKind,
        Contracts.Where(c => c.ContractId != incomeId).Select(c => DateRange.Create(c.Start, c.End)).ToList());

    /// <summary>A removed member stays the alliance's it was removed from: it is never another alliance's to name.</summary>
    public MemberStanding StandingTowards(Guid allianceId) =>
        AllianceId != allianceId ? MemberStanding.OfAnotherAlliance
        : LeftAt is null ? MemberStanding.OfThisAlliance
        : MemberStanding.Removed;
}

/// <summary>One contract or MOU of a member copy; <see cref="Source"/> is contract or cooperation-project.</summary>
public sealed class MemberContractCopy
{
    public Guid ContractId { get; set; }
    public DateOnly Start { get; set; }
    public DateOnly End { get; set; }
    public bool Paid { get; set; }
    public string Source { get; set; } = "contract";
}
