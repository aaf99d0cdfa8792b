using Alliance.Reporting.Domain.Summary;

namespace Alliance.Reporting.Domain.Programme;

/// <summary>The flags of an alliance's year in the programme's alliance list; codes are the kebab-case names.</summary>
public enum ProgrammeFlag
{
    /// <summary><c>not-self-sufficient</c>: in phase 2, year 3, operating revenue not above the subsidy.</summary>
    NotSelfSufficient,

    /// <summary><c>revenue-not-growing</c>: operating revenue not above last year's over the same dates.</summary>
    RevenueNotGrowing,

    /// <summary><c>members-below-target</c>: fewer effective firm members than the alliance's own target.</summary>
    MembersBelowTarget,

    /// <summary><c>abnormal</c>: flagged abnormal (異常) by the centre at site visits, with its reason.</summary>
    Abnormal,
}

/// <summary>What clears a flag: the figure going above the threshold, reaching it, or the centre clearing the flag.</summary>
public enum FlagClearing
{
    Above,
    AtLeast,
    CentreClears,
}

/// <summary>What the flags read of one alliance's year.</summary>
/// <param name="Phase">the alliance's phase in that year (1 or 2)</param>
/// <param name="YearInPhase">its year within the phase (1–3)</param>
/// <param name="OperatingRevenue">the year's operating revenue, exact NTD, as its cumulative table counts it</param>
/// <param name="RevenueToDate">the year's operating revenue through the comparison date (<see cref="SameDates"/>)</param>
/// <param name="LastYearRevenueToDate">last year's through the same date a year earlier; null when the alliance had no subsidy last year</param>
/// <param name="FirmMemberTarget">its own firm-member target shown for the year; null when none</param>
/// <param name="AbnormalReason">site-visit's reason while the alliance is flagged abnormal; null otherwise</param>
public sealed record FlagInputs(
    int Phase, int YearInPhase, decimal OperatingRevenue, decimal Subsidy, decimal RevenueToDate, decimal? LastYearRevenueToDate,
    int FirmMembers, int? FirmMemberTarget, string? AbnormalReason);

/// <summary>A raised flag with the figure it found and the threshold that would clear it (both null for <c>abnormal</c>, which carries its reason).</summary>
public sealed record RaisedFlag(ProgrammeFlag Flag, decimal? Actual, decimal? Threshold, FlagClearing Clearing, string? Reason);

/// <summary>The flags of DOMAIN.md's self-sufficiency and membership rules, and site-visit's abnormal flag, as one pure function.</summary>
public static class ProgrammeFlags
{
    public static readonly IReadOnlyList<ProgrammeFlag> All = Enum.GetValues<ProgrammeFlag>();

    public static string Code(ProgrammeFlag flag) => KebabCodes.Of(flag);

    /// <summary>Reads a flag's code (exact, lower case); false for anything else.</summary>
    public static bool TryParse(string? code, out ProgrammeFlag flag)
    {
        var found = KebabCodes.Parse<ProgrammeFlag>(code);
        flag = found ?? default;
        return found is not null;
    }

    /// <summary>
    /// The flags raised, in <see cref="ProgrammeFlag"/>'s order:
    /// <list type="bullet">
    /// <item>not-self-sufficient when in phase 2 year 3 and operating revenue ≤ subsidy (clears above the subsidy);</item>
    /// <item>revenue-not-growing when last year's revenue is known and this year's to date ≤ last year's to the same date (clears above it);
    /// an alliance new to the programme this year has nothing to grow from and is not flagged;</item>
    /// <item>members-below-target when a target is shown and the effective firm members are fewer (clears at the target);</item>
    /// <item>abnormal while site-visit's flag stands, with its reason (the centre clears it).</item>
    /// </list>
    /// </summary>
    public static IReadOnlyList<RaisedFlag> Of(FlagInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var raised = new List<RaisedFlag>();
        if (inputs is { Phase: 2, YearInPhase: 3 } && !SelfSufficiency.Holds(inputs.OperatingRevenue, inputs.Subsidy))
        {
            raised.Add(new(ProgrammeFlag.NotSelfSufficient, inputs.OperatingRevenue, inputs.Subsidy, FlagClearing.Above, null));
        }

        if (inputs.LastYearRevenueToDate is { } lastYear && inputs.RevenueToDate <= lastYear)
        {
            raised.Add(new(ProgrammeFlag.RevenueNotGrowing, inputs.RevenueToDate, lastYear, FlagClearing.Above, null));
        }

        if (inputs.FirmMemberTarget is { } target && inputs.FirmMembers < target)
        {
            raised.Add(new(ProgrammeFlag.MembersBelowTarget, inputs.FirmMembers, target, FlagClearing.AtLeast, null));
        }

        if (inputs.AbnormalReason is { } reason)
        {
            raised.Add(new(ProgrammeFlag.Abnormal, null, null, FlagClearing.CentreClears, reason));
        }

        return raised;
    }
}
