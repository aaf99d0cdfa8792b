namespace Alliance.Activity.Domain.Tests;

public sealed partial class ActivityRulesTests
{
    [Theory]
    [MemberData(nameof(DateBoundaryCases))]
    public void Check_DateAtTheProgrammeYearsEdges_AcceptedInsideRefusedOutside(ActivityKind kind, string date, string member, string expected)
    {
        var (record, facts) = Records.Parse(kind, date, member);
        Assert.Equal(expected, Records.Outcome(ActivityRules.Check(record, facts)));
    }

    [Theory]
    [MemberData(nameof(MemberCases))]
    public void Check_MemberServed_MustBeAFirmMemberOfThisAllianceWithAContractOnTheDate(ActivityKind kind, string member, string expected)
    {
        var (record, facts) = Records.Parse(kind, "2019-05-01", member);
        Assert.Equal(expected, Records.Outcome(ActivityRules.Check(record, facts)));
    }

    [Theory]
    [MemberData(nameof(PatentCases))]
    public void Check_PatentOwner_TheUniversityAloneDoesNotCount(ActivityKind kind, PatentOwner owner, string member, string expected)
    {
        var (record, facts) = Records.Parse(kind, "2019-05-01", member, owner);
        Assert.Equal(expected, Records.Outcome(ActivityRules.Check(record, facts)));
    }

    [Theory]
    [MemberData(nameof(EventCases))]
    public void Check_Event_OneKindOrTheOtherNeverBoth(ActivityKind kind, string date, bool otherKindRecorded, string expected)
    {
        var (record, facts) = Records.Parse(kind, date, "none", otherKindRecorded: otherKindRecorded);
        Assert.Equal(expected, Records.Outcome(ActivityRules.Check(record, facts)));
    }

    [Theory]
    [MemberData(nameof(OrderCases))]
    public void Check_SeveralRulesBroken_RefusedForTheFirstInOrder(ActivityKind kind, string date, string member, PatentOwner? owner, string expected)
    {
        var (record, facts) = Records.Parse(kind, date, member, owner);
        Assert.Equal(expected, Records.Outcome(ActivityRules.Check(record, facts)));
    }

    [Fact]
    public void Check_PatentWithoutOwner_Throws()
    {
        var record = new ActivityFacts(Records.Year108, ActivityKind.PatentGrant, Records.Date("2019-05-01"));
        Assert.Throws<ArgumentException>(() => ActivityRules.Check(record, null));
    }

    [Fact]
    public void Code_EveryRule_HasADistinctCodeThatReadsBack()
    {
        var codes = Enum.GetValues<ActivityRule>().Select(ActivityRuleCodes.Code).ToArray();
        Assert.Equal(codes.Length, codes.Distinct().Count());
        Assert.All(Enum.GetValues<ActivityRule>(), rule => Assert.True(ActivityRuleCodes.TryParse(ActivityRuleCodes.Code(rule), out var back) && back == rule));
        Assert.False(ActivityRuleCodes.TryParse(ActivityRuleCodes.MemberNotYetKnown, out _));
    }

    [Fact]
    public void Code_TheIssuesCodes_AreTheRulesCodes() =>
        Assert.Equal(
            ["not-a-member", "member-not-a-firm", "no-contract-on-date", "university-patent", "date-outside-programme-year", "event-recorded-as-other-kind"],
            Enum.GetValues<ActivityRule>().Select(ActivityRuleCodes.Code));
}
