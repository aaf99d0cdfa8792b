using static Alliance.Revenue.Domain.IncomeCategory;

namespace Alliance.Revenue.Domain.Tests;

public sealed partial class IncomeRulesTests
{
    [Theory]
    [MemberData(nameof(DateBoundaryCases))]
    public void Check_DateAtTheWindowsEdges_AcceptedInsideRefusedOutside(IncomeCategory category, string date, string counterparty, string expected)
    {
        var (entry, member) = Entries.Parse(category, date, counterparty);
        Assert.Equal(expected, Entries.Outcome(IncomeRules.Check(entry, member)));
    }

    [Theory]
    [MemberData(nameof(CounterpartyCases))]
    public void Check_Counterparty_FollowsItsCategorysRule(IncomeCategory category, string counterparty, string expected)
    {
        var (entry, member) = Entries.Parse(category, "2019-05-01", counterparty);
        Assert.Equal(expected, Entries.Outcome(IncomeRules.Check(entry, member)));
    }

    [Theory]
    [MemberData(nameof(CooperationCases))]
    public void Check_Cooperation_MemberInForceOrTheSpecialCase(string counterparty, string terms, string expected)
    {
        var (entry, member) = Entries.Parse(IndustryAcademiaCooperation, "2019-05-01", counterparty, cooperation: terms);
        Assert.Equal(expected, Entries.Outcome(IncomeRules.Check(entry, member)));
    }

    [Theory]
    [MemberData(nameof(CrowdCases))]
    public void Check_CounterpartyNamedOnlyByName_EnoughForOtherIncomeAlone(IncomeCategory category, string counterparty, string expected)
    {
        var (entry, member) = Entries.Parse(category, "2019-05-01", counterparty);
        Assert.Equal(expected, Entries.Outcome(IncomeRules.Check(entry, member)));
    }

    [Theory]
    [MemberData(nameof(CounterpartyKindCases))]
    public void NeedsCounterpartyKind_EveryCategoryButOther_NeedsIt(IncomeCategory category, bool expected) =>
        Assert.Equal(expected, IncomeCategories.NeedsCounterpartyKind(category));

    [Theory]
    [MemberData(nameof(ForeignFirstCases))]
    public void Check_AnotherAlliancesMemberWithABadDate_RefusedForTheMemberFirst(IncomeCategory category, string date, string expected)
    {
        var (entry, member) = Entries.Parse(category, date, "stranger:firm:2018-01-01..2020-12-31");
        Assert.Equal(expected, Entries.Outcome(IncomeRules.Check(entry, member)));
    }

    [Theory]
    [MemberData(nameof(NatureCases))]
    public void Check_OtherIncomeNature_ExcludedNaturesRefused(IncomeNature nature, string expected)
    {
        var (entry, member) = Entries.Parse(Other, "2019-05-01", "org:taiwan-company", nature);
        Assert.Equal(expected, Entries.Outcome(IncomeRules.Check(entry, member)));
    }

    [Fact]
    public void Check_ExcludedNatureOutsideTheYear_RefusedForItsNatureFirst()
    {
        var (entry, member) = Entries.Parse(Other, "2020-02-01", "org:taiwan-company", IncomeNature.MinistrySubsidy);
        Assert.Equal("excluded-nature@nature", Entries.Outcome(IncomeRules.Check(entry, member)));
    }

    [Fact]
    public void Check_CooperationWithoutTerms_Throws()
    {
        var entry = new IncomeFacts(Entries.Year108, IndustryAcademiaCooperation, Entries.Date("2019-05-01"), false, OrganisationKind.TaiwanCompany);
        Assert.Throws<ArgumentException>(() => IncomeRules.Check(entry, null));
    }

    [Fact]
    public void Code_EveryRule_HasADistinctCodeThatReadsBack()
    {
        var codes = Enum.GetValues<IncomeRule>().Select(IncomeRuleCodes.Code).ToArray();
        Assert.Equal(codes.Length, codes.Distinct().Count());
        Assert.All(Enum.GetValues<IncomeRule>(), rule => Assert.True(IncomeRuleCodes.TryParse(IncomeRuleCodes.Code(rule), out var back) && back == rule));
        Assert.False(IncomeRuleCodes.TryParse(IncomeRuleCodes.MemberNotYetKnown, out _));
    }
}
