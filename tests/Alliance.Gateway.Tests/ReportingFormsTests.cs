using System.Globalization;
using System.Text.Json;
using Alliance.Gateway.Web.Reporting;

namespace Alliance.Gateway.Tests;

/// <summary>The targets form and the calendar's deadlines: what is read into them and what a save sends.</summary>
public sealed class ReportingFormsTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public void From_NothingSavedYet_OffersLastYearsProposalFigure()
    {
        var draft = TargetDraft.From(Targets(proposal: null, targets: "{}", lastYearProposal: 10));

        Assert.Equal((10m, true), (draft.ProposalFirmMembers, draft.ProposalOffered));
        Assert.All(draft.Figures.Values, v => Assert.Null(v));
    }

    [Fact]
    public void From_SavedTargets_FillsTheBreakdownAndFigures_AndKeepsTheSavedProposal()
    {
        var draft = TargetDraft.From(Targets(12, """{"firm-members":{"total":13,"paid":13,"free":0,"north":13,"central":0,"south":0,"east":0,"islandsAndOverseas":0},"patents":2,"derived-output-value":250000.5}""", 10));

        Assert.Equal((12m, false), (draft.ProposalFirmMembers, draft.ProposalOffered));
        Assert.Equal([13m, 13m, 0m, 13m, 0m, 0m, 0m, 0m], TargetDraft.BreakdownParts.Select(p => draft.Firm[p]!.Value));
        Assert.Equal((2m, 250000.5m, null), (draft.Figures["patents"], draft.Figures["derived-output-value"], draft.Figures["consultations"]));
    }

    [Fact]
    public void Body_PartlyFilled_SendsOnlyWhatIsGiven_SoTheApiNamesEachMissingPart()
    {
        var draft = TargetDraft.From(Targets(null, "{}", null));
        draft.Firm["total"] = 13;
        draft.Firm["paid"] = 13;
        draft.Figures["patents"] = 2.5m;

        var body = JsonSerializer.Serialize(draft.Body(3), Web);

        Assert.Equal("""{"proposalFirmMembers":null,"targets":{"firm-members":{"total":13,"paid":13},"patents":2.5},"version":3}""", body);
    }

    [Fact]
    public void Body_NothingTyped_SendsNoTargets() =>
        Assert.Empty(TargetDraft.From(Targets(null, "{}", null)).Body(0).Targets);

    [Fact]
    public void Edited_TypedDeadlines_SendsOnlyTheChangedDates()
    {
        var read = new Dictionary<string, DateOnly> { ["targets"] = new(2019, 4, 15), ["website"] = new(2019, 4, 30) };
        var typed = new Dictionary<string, DateOnly?> { ["targets"] = new DateOnly(2019, 4, 20), ["website"] = new DateOnly(2019, 4, 30), ["kpi-1"] = null };

        Assert.Equal(new Dictionary<string, DateOnly> { ["targets"] = new(2019, 4, 20) }, DeadlineChanges.Edited(read, typed));
    }

    [Fact]
    public void Of_HistoryEntry_NamesEachChangedDeadlineBeforeAndAfter()
    {
        var before = JsonDocument.Parse("""{"deadlines":{"targets":"2019-04-15","website":"2019-04-30"}}""").RootElement;
        var after = JsonDocument.Parse("""{"deadlines":{"targets":"2019-04-20","website":"2019-04-30"}}""").RootElement;

        Assert.Equal([new DeadlineChanges.Change("targets", new DateOnly(2019, 4, 15), new DateOnly(2019, 4, 20))], DeadlineChanges.Of(before, after));
        Assert.Empty(DeadlineChanges.Of(null, after));
    }

    [Theory]
    [InlineData("108-kpi-1", 108)]
    [InlineData("99-progress-2", 99)]
    [InlineData("kpi-1", null)]
    [InlineData("-kpi-1", null)]
    [InlineData(null, null)]
    public void YearOfRound_RoundId_IsItsProgrammeYear(string? roundId, int? year) => Assert.Equal(year, ReportingLinks.YearOfRound(roundId));

    [Fact]
    public void Links_CarryTheirYearRoundAndView() => Assert.Equal(
        ["/reporting/years?year=108", "/alliances/{0}/targets?year=109", "/alliances/{0}/summary?round=108-kpi-1&view=cumulative", "/alliances/{0}/summary"],
        new[] { ReportingLinks.Calendar(108), ReportingLinks.Targets(Guid.Empty, 109), ReportingLinks.Summary(Guid.Empty, "108-kpi-1", "cumulative"), ReportingLinks.Summary(Guid.Empty) }
            .Select(l => l.Replace(Guid.Empty.ToString(), "{0}", StringComparison.Ordinal)));

    private static TargetsRow Targets(int? proposal, string targets, int? lastYearProposal) => new(
        Guid.Empty, 109, "draft", 1, 1, 2, proposal, JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(targets)!, [],
        lastYearProposal is null ? null : new LastYearTargetsRow(108, lastYearProposal, []), [], [], false, null, [], new DateOnly(2020, 4, 15),
        null, null, false, null, null, null, null);
}
