namespace Alliance.Reporting.Domain.Tests;

public sealed partial class TargetRulesTests
{
    private static readonly HashSet<TargetRule> NoExceptions = [];

    [Theory]
    [MemberData(nameof(ProposalCases))]
    public void Check_FirmMembersAgainstTheProposal_AtLeastThreeMore(int? proposal, string targets, string expected)
    {
        var verdicts = TargetRules.Check(new(1, proposal, Targets.Parse(targets), null, null, NoExceptions));
        Assert.Equal(expected, Targets.Outcome(verdicts.Where(v => v.Rule == TargetRule.MemberTargetBelowProposal)));
    }

    [Theory]
    [MemberData(nameof(GrowthCases))]
    public void Check_FirmMembersAgainstLastYear_AtLeastThreeMore_NoUpperBound(string? lastYear, string targets, string expected)
    {
        var verdicts = TargetRules.Check(new(1, 0, Targets.Parse(targets), lastYear is null ? null : Targets.Parse(lastYear), null, NoExceptions));
        Assert.Equal(expected, Targets.Outcome(verdicts.Where(v => v.Rule == TargetRule.MemberTargetNotGrowing)));
    }

    [Theory]
    [MemberData(nameof(PhaseOneYearThreeCases))]
    public void Check_PhaseTwo_NoTargetBelowPhaseOneYearThree(int phase, string? yearThree, string targets, string expected)
    {
        var verdicts = TargetRules.Check(new(phase, 0, Targets.Parse(targets), null, yearThree is null ? null : Targets.Parse(yearThree), NoExceptions));
        Assert.Equal(expected, Targets.Outcome(verdicts.Where(v => v.Rule == TargetRule.BelowPhaseOneYearThree)));
    }

    [Theory]
    [MemberData(nameof(ExceptionCases))]
    public void Check_ABrokenRuleTheCentreExcepted_IsExceptedAndNoLongerBlocks(TargetRule excepted, string expected)
    {
        var facts = new TargetFacts(2, 10, Targets.Parse("firm=12 patents=1"), Targets.Parse("firm=11"), Targets.Parse("firm=20 patents=2"), new HashSet<TargetRule> { excepted });

        var verdicts = TargetRules.Check(facts);

        Assert.Equal(expected, Targets.Outcome(verdicts));
        Assert.Equal(verdicts.Count(v => v.Outcome == TargetOutcome.Refused), verdicts.Count(v => v.Blocks));
    }

    [Fact]
    public void Check_ARefusal_CarriesTheTargetAndTheLeastAllowed()
    {
        var verdict = TargetRules.Check(new(1, 10, Targets.Parse("firm=12"), null, null, NoExceptions))[0];

        Assert.Equal((TargetOutcome.Refused, 12m, 13m), (verdict.Outcome, verdict.Target, verdict.Minimum));
    }

    [Fact]
    public void PhaseOneYearThreeSkipped_OnlyWhenThePhaseTwoRuleFoundNoTargets()
    {
        Assert.True(TargetRules.PhaseOneYearThreeSkipped(TargetRules.Check(new(2, 0, Targets.All(5), null, null, NoExceptions))));
        Assert.True(TargetRules.PhaseOneYearThreeSkipped(TargetRules.Check(new(2, 0, Targets.All(5), null, TargetValues.None, NoExceptions))));
        Assert.False(TargetRules.PhaseOneYearThreeSkipped(TargetRules.Check(new(2, 0, Targets.All(5), null, Targets.All(5), NoExceptions))));
        Assert.False(TargetRules.PhaseOneYearThreeSkipped(TargetRules.Check(new(1, 0, Targets.All(5), null, null, NoExceptions))));
    }

    [Fact]
    public void Missing_EveryKpiNotGiven_InTheSummarysOrder()
    {
        Assert.Equal(TargetKpis.All, TargetValues.None.Missing);
        Assert.Empty(Targets.All(0).Missing);
        Assert.Equal([TargetKpi.FirmMembers, TargetKpi.DerivedOutputValue],
            Targets.Parse(string.Join(' ', TargetKpis.All.Skip(1).SkipLast(1).Select(k => $"{TargetKpis.Code(k)}=0"))).Missing);
    }

    [Fact]
    public void Codes_TargetKpis_AreTheTablesRowsLessTheTwoDerivedOnes()
    {
        Assert.Equal(
            "firm-members individual-members other-members recurring-operating-revenue technology-transfer industry-academia-cooperation " +
            "promotion-events technical-seminars consultations on-site-guidance new-products new-technologies patents technical-service-cases " +
            "new-hires derived-output-value",
            string.Join(' ', TargetKpis.All.Select(TargetKpis.Code)));
        Assert.False(TargetKpis.TryParse("operating-revenue", out _));
        Assert.False(TargetKpis.TryParse("self-sufficiency-ratio", out _));
    }

    [Fact]
    public void Codes_TargetRules_ReadBack()
    {
        Assert.Equal(["member-target-below-proposal", "member-target-not-growing", "below-phase-one-year-three"], Enum.GetValues<TargetRule>().Select(TargetRuleCodes.Code));
        Assert.All(Enum.GetValues<TargetRule>(), rule => Assert.True(TargetRuleCodes.TryParse(TargetRuleCodes.Code(rule), out var back) && back == rule));
        Assert.False(TargetRuleCodes.TryParse("member-target", out _));
    }
}
