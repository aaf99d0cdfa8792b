namespace Alliance.Reporting.Domain;

/// <summary>What the target rules need to know of one alliance's year.</summary>
/// <param name="Phase">the alliance's phase in the year (1 or 2), as reporting keeps it per year</param>
/// <param name="ProposalFirmMembers">the proposal's original firm-member target for the year; null while not given</param>
/// <param name="Targets">the year's targets as they are now</param>
/// <param name="LastYear">last year's targets; null when the system has none</param>
/// <param name="PhaseOneYearThree">the targets of the alliance's phase-1 year 3; null when the system has none (or the year is unknown)</param>
/// <param name="Excepted">the rules the centre recorded an exception to</param>
public sealed record TargetFacts(
    int Phase,
    int? ProposalFirmMembers,
    TargetValues Targets,
    TargetValues? LastYear,
    TargetValues? PhaseOneYearThree,
    IReadOnlySet<TargetRule> Excepted);

/// <summary>The target rules of DOMAIN.md as one pure function.</summary>
public static class TargetRules
{
    /// <summary>How many more firm members than the proposal's target, and than last year's, a target must have.</summary>
    public const int MinimumGrowth = 3;

    /// <summary>
    /// Every rule's verdict, in the order of <see cref="TargetRule"/>:
    /// <list type="bullet">
    /// <item><c>member-target-below-proposal</c>: firm-member total &lt; proposal + 3 (pending while either is missing);</item>
    /// <item><c>member-target-not-growing</c>: firm-member total &lt; last year's total + 3 (skipped without last year's;
    /// pending without this year's); there is no upper bound, so +6 passes;</item>
    /// <item><c>below-phase-one-year-three</c>: in phase 2 only, each KPI given in both years whose target is below the
    /// phase-1 year-3 one, one verdict each (skipped when that year has no targets).</item>
    /// </list>
    /// A broken rule the centre excepted is <see cref="TargetOutcome.Excepted"/>, not refused.
    /// </summary>
    public static IReadOnlyList<TargetVerdict> Check(TargetFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var firm = facts.Targets.FirmMembers?.Total;
        var firmField = TargetKpis.FieldOf(TargetKpi.FirmMembers);
        var verdicts = new List<TargetVerdict>
        {
            facts.ProposalFirmMembers is { } proposal && firm is { } total
                ? Compare(facts, TargetRule.MemberTargetBelowProposal, firmField, total, proposal + MinimumGrowth)
                : new(TargetRule.MemberTargetBelowProposal, TargetOutcome.Pending, firmField),
            facts.LastYear?.FirmMembers?.Total is not { } lastYear ? new(TargetRule.MemberTargetNotGrowing, TargetOutcome.Skipped, firmField)
                : firm is { } current ? Compare(facts, TargetRule.MemberTargetNotGrowing, firmField, current, lastYear + MinimumGrowth)
                : new(TargetRule.MemberTargetNotGrowing, TargetOutcome.Pending, firmField),
        };
        verdicts.AddRange(PhaseOneYearThree(facts));
        return verdicts;
    }

    /// <summary>Whether the phase-2 rule was skipped because the phase-1 year 3 has no targets in the system.</summary>
    public static bool PhaseOneYearThreeSkipped(IEnumerable<TargetVerdict> verdicts) =>
        verdicts.Any(v => v.Rule == TargetRule.BelowPhaseOneYearThree && v.Outcome == TargetOutcome.Skipped);

    private static IEnumerable<TargetVerdict> PhaseOneYearThree(TargetFacts facts)
    {
        const TargetRule rule = TargetRule.BelowPhaseOneYearThree;
        if (facts.Phase != 2)
        {
            return [new(rule, TargetOutcome.NotApplicable)];
        }

        if (facts.PhaseOneYearThree is not { IsEmpty: false } reference)
        {
            return [new(rule, TargetOutcome.Skipped)];
        }

        var below = TargetKpis.All
            .Where(kpi => facts.Targets.FigureOf(kpi) is { } target && reference.FigureOf(kpi) is { } floor && target < floor)
            .Select(kpi => Broken(facts, rule, TargetKpis.FieldOf(kpi), facts.Targets.FigureOf(kpi)!.Value, reference.FigureOf(kpi)!.Value))
            .ToArray();
        return below.Length > 0 ? below : [new(rule, TargetOutcome.Passed)];
    }

    private static TargetVerdict Compare(TargetFacts facts, TargetRule rule, string field, decimal target, decimal minimum) =>
        target < minimum ? Broken(facts, rule, field, target, minimum) : new(rule, TargetOutcome.Passed, field, target, minimum);

    private static TargetVerdict Broken(TargetFacts facts, TargetRule rule, string field, decimal target, decimal minimum) =>
        new(rule, facts.Excepted.Contains(rule) ? TargetOutcome.Excepted : TargetOutcome.Refused, field, target, minimum);
}
