namespace Alliance.Activity.Domain;

/// <summary>
/// What the rules need to know of one record. <see cref="Owner"/> matters for patents only;
/// <see cref="OtherKindRecorded"/> for events only.
/// </summary>
/// <param name="OtherKindRecorded">an event only: the alliance already keeps the same event (same date and title) as the other kind</param>
public sealed record ActivityFacts(
    ProgrammeYear Year,
    ActivityKind Kind,
    DateOnly Date,
    PatentOwner? Owner = null,
    bool OtherKindRecorded = false)
{
    public bool NamesMember => ActivityKinds.NamesMember(Kind);
}

/// <summary>Activity's copy of the member a record names, as membership last described it.</summary>
/// <param name="Standing">whether it is a member of the record's alliance, was one until membership removed it, or is another alliance's</param>
/// <param name="Contracts">its contracts' periods (both ends inclusive)</param>
public sealed record MemberFacts(MemberStanding Standing, MemberKind Kind, IReadOnlyList<DateRange> Contracts)
{
    public bool HasContractOn(DateOnly date) => Contracts.Any(contract => contract.Contains(date));
}

/// <summary>Where a named member stands towards the alliance of the record that names it.</summary>
public enum MemberStanding
{
    /// <summary>A member of the record's alliance.</summary>
    OfThisAlliance,

    /// <summary>Was a member of the record's alliance until membership removed it: a member of nothing now.</summary>
    Removed,

    /// <summary>A member of another alliance: a record may never name it.</summary>
    OfAnotherAlliance,
}
