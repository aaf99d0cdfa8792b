namespace Alliance.Revenue.Domain;

/// <summary>
/// What the rules need to know of one income entry. <see cref="Date"/> is the date received, or the
/// signing date of a transfer or cooperation contract. <see cref="Nature"/> matters for other income
/// only; <see cref="Cooperation"/> for cooperation only.
/// </summary>
/// <param name="NamesMember">whether the entry names a member of the alliance (by id) rather than an organisation by name</param>
/// <param name="CounterpartyKind">the organisation kind given for a counterparty that is not a named member</param>
public sealed record IncomeFacts(
    ProgrammeYear Year,
    IncomeCategory Category,
    DateOnly Date,
    bool NamesMember,
    OrganisationKind? CounterpartyKind,
    IncomeNature? Nature = null,
    CooperationTerms? Cooperation = null);

/// <summary>The two facts that let a cooperation project with a non-member count (DOMAIN.md's special case), and its period.</summary>
public sealed record CooperationTerms(DateRange Period, bool ConcernsCoreTechnology, bool SignedByPi)
{
    /// <summary>Both facts hold: the firm counts as a member through the project.</summary>
    public bool MakesFirmMember => ConcernsCoreTechnology && SignedByPi;
}

/// <summary>
/// Revenue's copy of the named member, as membership last described it.
/// </summary>
/// <param name="Standing">whether it is a member of the entry's alliance, was one until membership removed it, or is another alliance's</param>
/// <param name="Contracts">its contracts' periods (both ends inclusive), derived cooperation memberships included</param>
public sealed record MemberFacts(MemberStanding Standing, MemberKind Kind, IReadOnlyList<DateRange> Contracts)
{
    public bool OfThisAlliance => Standing == MemberStanding.OfThisAlliance;

    public bool HasContractOn(DateOnly date) => Contracts.Any(contract => contract.Contains(date));
}

/// <summary>Where a named member stands towards the alliance of the entry that names it.</summary>
public enum MemberStanding
{
    /// <summary>A member of the entry's alliance.</summary>
    OfThisAlliance,

    /// <summary>Was a member of the entry's alliance until membership removed it: a member of nothing now.</summary>
    Removed,

    /// <summary>A member of another alliance: an entry may never name it (its details are that alliance's).</summary>
    OfAnotherAlliance,
}
