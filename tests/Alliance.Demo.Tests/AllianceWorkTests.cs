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
        Assert.True(AllianceWork.Of(Planned, Observed(subsidies: [114, 115], tiers: [0, 1], members: [0, 1], incomes: [0, 1, 2, 3])).IsDone);
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
    public void Of_APlannedAlliance_PartlyEntered_LeavesTheRestOfItsEntries()
    {
        var alliance = DemoPlanner.Plan(108, 1, new DateOnly(2026, 12, 1)).Alliances.First(a => a.RemovedByMistake.Count > 0);
        var entered = alliance.Incomes.Take(alliance.Incomes.Count / 2).Select(IncomeKey.Of).ToList();
        var names = alliance.Members.Select(m => m.Name).ToHashSet();

        var work = AllianceWork.Of(alliance, new ObservedAlliance(alliance.Subsidies.Keys.ToHashSet(), alliance.FeeTiers.Select(t => t.Name).ToHashSet(), names, entered));

        Assert.Equal(Enumerable.Range(alliance.Incomes.Count / 2, alliance.Incomes.Count - alliance.Incomes.Count / 2), work.Incomes);
        Assert.Equal(alliance.RemovedByMistake, work.Removals);
        Assert.Empty(work.Members);
    }

    private static string Describe(AllianceWork work) =>
        $"subsidies {string.Join(',', work.SubsidyYears)}; tiers {string.Join(',', work.FeeTiers)}; members {string.Join(',', work.Members)}; " +
        $"incomes {string.Join(',', work.Incomes)}; removals {string.Join(',', work.Removals)}";
}
