using System.Text.Json;
using Alliance.Demo.Load;
using Alliance.Demo.Plan;

namespace Alliance.Demo.Tests;

public sealed partial class AllianceWorkTests
{
    [Theory]
    [MemberData(nameof(Cases))]
    public void Of_WhatTheSystemHolds_LeavesOnlyTheRest(string what, ObservedAlliance observed, string expected) =>
        Assert.True(expected == Describe(AllianceWork.Of(Planned, observed)), $"{what}: expected {expected}, got {Describe(AllianceWork.Of(Planned, observed))}");

    [Fact]
    public void IsDone_OnlyWhenNothingIsLeft()
    {
        Assert.False(AllianceWork.Of(Planned, ObservedAlliance.Nothing).IsDone);
        Assert.True(AllianceWork.Of(Planned, Observed(subsidies: [114, 115], tiers: [0, 1], members: [0, 1], incomes: [0, 1, 2, 3], activities: [0, 1, 2])).IsDone);
    }

    [Fact]
    public void IncomeKey_OfAListedEntry_MatchesThePlannedOne_WhateverTheAmountsScale()
    {
        var listed = JsonDocument.Parse("""
            { "id": "0195f2a0-0000-7000-8000-000000000001", "year": 114, "category": "membership-fee", "counterpartyMemberId": null,
              "counterpartyName": "甲科技股份有限公司", "date": "2025-03-01", "amount": 10000.00, "reference": null, "nature": null, "status": "flagged" }
            """).RootElement;

        Assert.Equal(IncomeKey.Of(Planned.Incomes[0]), IncomeKey.Of(listed));
        Assert.Equal(IncomeKey.Of(Planned.Incomes[0]).GetHashCode(), IncomeKey.Of(listed).GetHashCode());
    }

    [Fact]
    public void ActivityKey_OfAListedRecord_MatchesThePlannedOne()
    {
        var listed = JsonDocument.Parse("""
            { "id": "0195f2a0-0000-7000-8000-000000000002", "year": 115, "kpi": "consultations", "kind": null, "date": "2026-04-02",
              "title": null, "memberId": "0195f2a0-0000-7000-8000-000000000003", "memberName": "甲科技股份有限公司", "topic": "製程改善諮詢", "hours": 2.00, "status": "pending" }
            """).RootElement;

        Assert.Equal(ActivityKey.Of(Planned.Activities[1]), ActivityKey.Of(DemoActivity.Consultations, listed));
    }

    [Fact]
    public void Of_APlannedAlliance_PartlyEntered_LeavesTheRestOfItsEntries()
    {
        var alliance = DemoPlanner.Plan(108, 1, new DateOnly(2026, 12, 1)).Alliances.First(a => a.RemovedByMistake.Count > 0);
        var entered = alliance.Incomes.Take(alliance.Incomes.Count / 2).Select(IncomeKey.Of).ToList();
        var names = alliance.Members.Select(m => m.Name).ToHashSet();

        var work = AllianceWork.Of(alliance, new ObservedAlliance(alliance.Subsidies.Keys.ToHashSet(), alliance.FeeTiers.Select(t => t.Name).ToHashSet(), names, entered, []));

        Assert.Equal(Enumerable.Range(alliance.Incomes.Count / 2, alliance.Incomes.Count - alliance.Incomes.Count / 2), work.Incomes);
        Assert.Equal(alliance.RemovedByMistake, work.Removals);
        Assert.Empty(work.Members);
    }

    [Fact]
    public void ExpectedActivityKpis_CountWhatIsKept_NeitherTheRefusedNorTheFlagged()
    {
        var figures = Planned.ExpectedActivityKpis(115);

        Assert.Equal((0m, 1m, 1m, 0m), (figures["promotion-events"], figures["technical-seminars"], figures["consultations"], figures["patents"]));
        Assert.Equal(1, Planned.ExpectedFlaggedActivities(115));
        Assert.Equal(9, figures.Count);
    }

    private static string Describe(AllianceWork work) =>
        $"subsidies {string.Join(',', work.SubsidyYears)}; tiers {string.Join(',', work.FeeTiers)}; members {string.Join(',', work.Members)}; " +
        $"incomes {string.Join(',', work.Incomes)}; activities {string.Join(',', work.Activities)}; removals {string.Join(',', work.Removals)}";
}
