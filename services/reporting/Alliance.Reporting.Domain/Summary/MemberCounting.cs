using Alliance.Membership.Domain;
using CutoffRule = Alliance.Membership.Domain.Membership;

namespace Alliance.Reporting.Domain.Summary;

/// <summary>A member as reporting's copy knows it: the kind and region membership gave it (null when unknown here) and its terms.</summary>
public sealed record MemberInput(Guid Id, string Name, MemberKind? Kind, Region? Region, IReadOnlyList<ContractTerm> Terms);

/// <summary>A member's standing for the year; <see cref="Standing"/> is null when its kind is unknown (counted nowhere).</summary>
public sealed record MemberVerdict(Guid Id, string Name, MemberKind? Kind, Region? Region, MemberStanding? Standing)
{
    /// <summary>Membership's reason codes (not-a-firm, no-contract, …), or organisation-kind-unknown, as its member summary gives them.</summary>
    public IReadOnlyList<string> Reasons => Standing?.Reasons.Select(StandingReasons.Code).ToArray() ?? [MemberCounting.UnknownKind];
}

/// <summary>
/// <see cref="Count"/> members counted at a cutoff (paid or not) with one kind and region: a count made elsewhere, in SQL,
/// whose kind is null when unknown here (counted nowhere) and whose region is null when unknown (counted as membership counts it).
/// </summary>
public sealed record CountedMembers(MemberKind? Kind, Region? Region, bool Paid, int Count);

/// <summary>The member rows, counted exactly as membership's member summary counts them (its cutoff rule and its count).</summary>
public static class MemberCounting
{
    /// <summary>Membership's reason for a member whose kind cannot be classified.</summary>
    public const string UnknownKind = "organisation-kind-unknown";

    public static IReadOnlyList<MemberVerdict> Evaluate(IEnumerable<MemberInput> members, ProgrammeYear year)
    {
        ArgumentNullException.ThrowIfNull(members);
        return members.Select(m => new MemberVerdict(m.Id, m.Name, m.Kind, m.Region, m.Kind is { } kind ? CutoffRule.Evaluate(kind, m.Terms, year) : null)).ToArray();
    }

    public static MemberSummary Count(IEnumerable<MemberVerdict> verdicts) =>
        MemberSummary.Count(verdicts.Where(v => v.Standing is not null).Select(v => (v.Kind!.Value, v.Region, v.Standing!)));

    /// <summary>The same count from members already counted at the cutoff and grouped, through membership's one count.</summary>
    public static MemberSummary Count(IEnumerable<CountedMembers> groups) =>
        MemberSummary.Count(groups.Where(g => g.Kind is not null).SelectMany(g => Enumerable.Repeat(
            (g.Kind!.Value, g.Region, new MemberStanding(IsCounted: true, IsEffectiveFirmMember: g.Kind == MemberKind.Firm, g.Paid, [])), g.Count)));

    /// <summary>Whether the member counts toward a member row: an effective firm member, or a counted individual or other member.</summary>
    public static bool CountsToward(MemberVerdict verdict, SummaryKpi row)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        return verdict.Standing is { IsCounted: true } && row switch
        {
            SummaryKpi.FirmMembers => verdict.Kind == MemberKind.Firm,
            SummaryKpi.IndividualMembers => verdict.Kind == MemberKind.Individual,
            SummaryKpi.OtherMembers => verdict.Kind == MemberKind.Other,
            _ => false,
        };
    }

    /// <summary>The members a member row lists: every member for the firm row (with why each does or does not count), the row's kind for the others.</summary>
    public static bool ListedIn(MemberVerdict verdict, SummaryKpi row)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        return row switch
        {
            SummaryKpi.FirmMembers => true,
            SummaryKpi.IndividualMembers => verdict.Kind == MemberKind.Individual,
            SummaryKpi.OtherMembers => verdict.Kind == MemberKind.Other,
            _ => false,
        };
    }
}
