using static Alliance.Reporting.Domain.TargetRule;

namespace Alliance.Reporting.Domain.Tests;

// Targets as Targets.Parse reads them; expected verdicts as Targets.Outcome writes them.
public sealed partial class TargetRulesTests
{
    private const string Firm = "@targets.firm-members.total";

    public static TheoryData<int?, string, string> ProposalCases => new()
    {
        { 10, "firm=12", $"member-target-below-proposal:refused{Firm}" },
        { 10, "firm=13", $"member-target-below-proposal:passed{Firm}" },
        { 10, "firm=30", $"member-target-below-proposal:passed{Firm}" },
        { 0, "firm=2", $"member-target-below-proposal:refused{Firm}" },
        { 0, "firm=3", $"member-target-below-proposal:passed{Firm}" },
        // A draft without one of the two: judged once both are there.
        { null, "firm=30", $"member-target-below-proposal:pending{Firm}" },
        { 10, "patents=1", $"member-target-below-proposal:pending{Firm}" },
    };

    public static TheoryData<string?, string, string> GrowthCases => new()
    {
        { "firm=20", "firm=22", $"member-target-not-growing:refused{Firm}" },
        { "firm=20", "firm=23", $"member-target-not-growing:passed{Firm}" },
        { "firm=20", "firm=25", $"member-target-not-growing:passed{Firm}" },
        // More than +5 is fine.
        { "firm=20", "firm=26", $"member-target-not-growing:passed{Firm}" },
        { "firm=20", "firm=19", $"member-target-not-growing:refused{Firm}" },
        // No target last year (none at all, or none for firm members): not checked.
        { null, "firm=1", $"member-target-not-growing:skipped{Firm}" },
        { "patents=4", "firm=1", $"member-target-not-growing:skipped{Firm}" },
        { "firm=20", "patents=4", $"member-target-not-growing:pending{Firm}" },
    };

    public static TheoryData<int, string?, string, string> PhaseOneYearThreeCases => new()
    {
        { 1, "firm=20 patents=5", "firm=1 patents=1", "below-phase-one-year-three:notapplicable" },
        { 2, null, "firm=1 patents=1", "below-phase-one-year-three:skipped" },
        { 2, "", "firm=1 patents=1", "below-phase-one-year-three:skipped" },
        { 2, "firm=20 patents=5", "firm=20 patents=5", "below-phase-one-year-three:passed" },
        { 2, "firm=20 patents=5", "firm=21 patents=9", "below-phase-one-year-three:passed" },
        { 2, "firm=20 patents=5", "firm=19 patents=5", $"below-phase-one-year-three:refused{Firm}" },
        { 2, "firm=20 patents=5", "firm=20 patents=4", "below-phase-one-year-three:refused@targets.patents" },
        // One verdict per KPI below, in the summary's order.
        { 2, "firm=20 patents=5 derived-output-value=1000000", "firm=19 patents=4 derived-output-value=999999.99",
            $"below-phase-one-year-three:refused{Firm} below-phase-one-year-three:refused@targets.patents below-phase-one-year-three:refused@targets.derived-output-value" },
        // A KPI missing from either year is not compared.
        { 2, "firm=20", "patents=0", "below-phase-one-year-three:passed" },
        { 2, "patents=5", "firm=1", "below-phase-one-year-three:passed" },
    };

    // Proposal 10, target 12 (< 13), last year 11 (< 14), phase 2 with year three 20 and 2 patents (12 < 20, 1 < 2): all three broken.
    public static TheoryData<TargetRule, string> ExceptionCases => new()
    {
        { MemberTargetBelowProposal, $"member-target-below-proposal:excepted{Firm} member-target-not-growing:refused{Firm} " +
            $"below-phase-one-year-three:refused{Firm} below-phase-one-year-three:refused@targets.patents" },
        { MemberTargetNotGrowing, $"member-target-below-proposal:refused{Firm} member-target-not-growing:excepted{Firm} " +
            $"below-phase-one-year-three:refused{Firm} below-phase-one-year-three:refused@targets.patents" },
        { BelowPhaseOneYearThree, $"member-target-below-proposal:refused{Firm} member-target-not-growing:refused{Firm} " +
            $"below-phase-one-year-three:excepted{Firm} below-phase-one-year-three:excepted@targets.patents" },
    };
}
