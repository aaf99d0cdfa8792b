using Alliance.Reporting.Domain.Programme;

namespace Alliance.Reporting.Domain.Tests.Programme;

public sealed partial class ProgrammeFlagsTests
{
    /// <summary>An alliance in phase 1 year 2 with nothing to flag: subsidy 1,000,000, revenue 1,200,000 (last year 1,000,000), 10 of 10 firm members.</summary>
    private static FlagInputs Inputs() => new(
        Phase: 1, YearInPhase: 2, OperatingRevenue: 1_200_000m, Subsidy: 1_000_000m, RevenueToDate: 1_200_000m, LastYearRevenueToDate: 1_000_000m,
        FirmMembers: 10, FirmMemberTarget: 10, AbnormalReason: null);

    /// <summary>Each flag one step either side of its boundary; the raised flags written "code actual/threshold".</summary>
    public static TheoryData<FlagInputs, string> Boundaries => new()
    {
        { Inputs(), "" },
        // Self-sufficient means revenue above the subsidy: equal is not, one dollar more is; only phase 2 year 3 is judged.
        { Inputs() with { Phase = 2, YearInPhase = 3, OperatingRevenue = 1_000_000m }, "not-self-sufficient 1000000/1000000" },
        { Inputs() with { Phase = 2, YearInPhase = 3, OperatingRevenue = 1_000_000.01m }, "" },
        { Inputs() with { Phase = 2, YearInPhase = 3, OperatingRevenue = 0m }, "not-self-sufficient 0/1000000" },
        { Inputs() with { Phase = 2, YearInPhase = 2, OperatingRevenue = 1_000_000m }, "" },
        { Inputs() with { Phase = 1, YearInPhase = 3, OperatingRevenue = 1_000_000m }, "" },
        // Growth: this year to date above last year's to the same date; equal is not growing; new alliances have no last year.
        { Inputs() with { RevenueToDate = 1_000_000m }, "revenue-not-growing 1000000/1000000" },
        { Inputs() with { RevenueToDate = 1_000_000.01m }, "" },
        { Inputs() with { RevenueToDate = 0m, LastYearRevenueToDate = 0m }, "revenue-not-growing 0/0" },
        { Inputs() with { RevenueToDate = 0m, LastYearRevenueToDate = null }, "" },
        // Members: below the target flags; at it does not; no target, no flag.
        { Inputs() with { FirmMembers = 9 }, "members-below-target 9/10" },
        { Inputs() with { FirmMembers = 11 }, "" },
        { Inputs() with { FirmMembers = 0, FirmMemberTarget = null }, "" },
        { Inputs() with { FirmMembers = 0, FirmMemberTarget = 0 }, "" },
        // Abnormal while site-visit's flag stands.
        { Inputs() with { AbnormalReason = "異常" }, "abnormal /" },
        // Several at once, in the flags' order.
        {
            Inputs() with { Phase = 2, YearInPhase = 3, OperatingRevenue = 900_000m, RevenueToDate = 900_000m, FirmMembers = 3, AbnormalReason = "異常" },
            "not-self-sufficient 900000/1000000,revenue-not-growing 900000/1000000,members-below-target 3/10,abnormal /"
        },
    };
}
