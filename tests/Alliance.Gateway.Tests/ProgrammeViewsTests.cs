using System.Globalization;
using Alliance.Gateway.Web.Programme;
using Alliance.Gateway.Web.Reporting;

namespace Alliance.Gateway.Tests;

/// <summary>The programme pages' pure parts: their addresses, the charts' figures, what clears a flag, and the home pages' counts and dates.</summary>
public sealed class ProgrammeViewsTests
{
    private static readonly Guid Id = Guid.Parse("6f1c2a9e-0000-4000-8000-000000000001");

    [Theory]
    [InlineData(null, null, null, null, "/programme/alliances?year=108")]
    [InlineData("ict", null, null, null, "/programme/alliances?year=108&domain=ict")]
    [InlineData("ict", "abnormal", "draft", 2, "/programme/alliances?year=108&domain=ict&phase=2&flag=abnormal&status=draft")]
    public void Alliances_Filters_LiveInTheAddress(string? domain, string? flag, string? status, int? phase, string expected) =>
        Assert.Equal(expected, ProgrammeLinks.Alliances(108, domain, flag, status, phase));

    [Fact]
    public void Summary_Alliance_IsItsCumulativeTableOfTheYearsSecondKpiReport() =>
        Assert.Equal($"/alliances/{Id}/summary?round=108-kpi-2&view=cumulative", ProgrammeLinks.Summary(Id, 108));

    [Fact]
    public void ReviewOutcome_AllianceAndYear_IsItsPage() =>
        Assert.Equal($"/alliances/{Id}/review-outcome?year=108", ProgrammeLinks.ReviewOutcome(Id, 108));

    [Theory]
    [InlineData("not-self-sufficient", "above", 1_000_000, 1_000_499, "en", "operating revenue above the subsidy of 1,000 thousand NTD (now 1,000)")]
    [InlineData("not-self-sufficient", "above", 999_500, 1_000_000, "zh-TW", "營運收入須高於補助款 1,000 仟元（目前 1,000 仟元）")]
    [InlineData("revenue-not-growing", "above", 400_000, 500_000, "en", "operating revenue above last year's 500 thousand NTD over the same dates (now 400)")]
    [InlineData("members-below-target", "at-least", 2, 5, "en", "5 effective firm members (now 2, 3 short)")]
    [InlineData("members-below-target", "at-least", 2, 5, "zh-TW", "有效廠商會員須達 5 家（目前 2 家，尚差 3 家）")]
    [InlineData("abnormal", "centre-clears", null, null, "en", "the centre clears it once improved")]
    [InlineData("new-flag", "at-least", 1, 4, "en", "at least 4 (now 1)")]
    [InlineData("new-flag", "above", 1, 4, "en", "above 4 (now 1)")]
    public void Clears_EachFlag_SaysWhatItNeedsInItsUnit(string code, string clears, int? actual, int? threshold, string culture, string expected)
    {
        var flag = new FlagRow(code, "reason", (decimal?)actual, (decimal?)threshold, clears);

        Assert.Equal(expected, In(culture, () => FlagTexts.Clears(flag)));
    }

    [Fact]
    public void Charts_Amounts_AreWholeThousandsHalfAwayFromZero_InTheDomainsOrder()
    {
        var domains = new[] { Domain("ict", subsidy: 1_500m, revenue: 2_499m, ratio: 1.666m), Domain("biomedical", subsidy: 2_500_500m, revenue: 0m, ratio: 0m) };

        var subsidy = ChartFiguresOf.Subsidy(domains, code => code.ToUpperInvariant());
        var averages = ChartFiguresOf.Averages(domains, code => code);

        Assert.Equal(["ICT", "BIOMEDICAL"], subsidy.Labels);
        Assert.Equal([2d, 2_501d], Assert.Single(subsidy.Series).Values);
        Assert.Equal(2, averages.Series.Count);
        Assert.Equal([[2d, 0d], [2d, 2_501d]], averages.Series.Select(s => s.Values.Select(v => v!.Value).ToArray()));
    }

    [Fact]
    public void SelfSufficiency_ThreeYears_OneSeriesPerYearOldestFirst_PercentToTwoPlaces_NullWhereTheDomainHadNone()
    {
        var current = new[] { Domain("ict", ratio: 1.23456m), Domain("electronics", ratio: 0.5m) };
        var years = new[] { Programme(108, current), Programme(106, [Domain("ict", ratio: 0.9m)]), Programme(107, [Domain("electronics", ratio: null)]) };

        var chart = ChartFiguresOf.SelfSufficiency(current, years, code => code);

        Assert.Equal(["ict", "electronics"], chart.Labels);
        Assert.Equal([[90d, null], [null, null], [123.46d, 50d]], chart.Series.Select(s => s.Values));
    }

    [Fact]
    public void StatusCounts_Alliances_EveryStatusInTheReportsOrder()
    {
        var alliances = new[] { Alliance("draft"), Alliance("submitted"), Alliance("draft"), Alliance("audited") };

        Assert.Equal([("not-started", 0), ("draft", 2), ("submitted", 1), ("reopened", 0), ("audited", 1)], HomeFigures.StatusCounts(alliances));
    }

    [Theory]
    [InlineData("2019-10-31", "kpi-1", "2019-10-31")]
    [InlineData("2019-11-01", "kpi-1-corrections", "2019-12-31")]
    [InlineData("2020-02-01", null, null)]
    public void NextDeadline_Today_IsTheFirstOnOrAfterIt(string today, string? code, string? date)
    {
        var year = new YearRow(108, "open", new(new(2019, 2, 1), new(2020, 1, 31)), new(2019, 10, 31),
            new() { ["kpi-1"] = new(2019, 10, 31), ["kpi-1-corrections"] = new(2019, 12, 31), ["kpi-2"] = new(2020, 1, 31) }, [], 1, null, null, null, null);

        var next = HomeFigures.NextDeadline(year, DateOnly.Parse(today, CultureInfo.InvariantCulture));

        Assert.Equal(code is null ? null : (code, DateOnly.Parse(date!, CultureInfo.InvariantCulture)), next);
    }

    [Theory]
    [InlineData("2019-10-31", "not-started", null)]
    [InlineData("2019-11-03", "not-started", 3)]
    [InlineData("2019-11-03", "draft", 3)]
    [InlineData("2019-11-03", "reopened", 3)]
    [InlineData("2019-11-03", "submitted", null)]
    [InlineData("2019-11-03", "audited", null)]
    public void OverdueDays_ReportStillToSubmit_CountsTheDaysPastItsDueDate(string today, string status, int? expected) =>
        Assert.Equal(expected, HomeFigures.OverdueDays(new DateOnly(2019, 10, 31), DateOnly.Parse(today, CultureInfo.InvariantCulture), status));

    private static DomainFiguresRow Domain(string code, decimal subsidy = 0m, decimal revenue = 0m, decimal? ratio = null) =>
        new(code, 1, subsidy, subsidy, 0, 0, 0, null, revenue, revenue, 0m, 0m, 0m, ratio, 0);

    private static ProgrammeRow Programme(int year, DomainFiguresRow[] domains) =>
        new(year, new(year, null, null, 0, null, null), domains, Domain("total"));

    private static ProgrammeAllianceRow Alliance(string status) =>
        new(Guid.NewGuid(), "A", "聯盟", "ict", 1, 1, 0m, 0, 0, 0, 0m, 0m, 0m, 0m, null, false, new(null, null, null, null), status, [], false);

    private static string In(string culture, Func<string> text)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return text();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }
}
