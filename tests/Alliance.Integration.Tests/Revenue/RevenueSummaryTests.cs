using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.Infrastructure;

namespace Alliance.Integration.Tests.Revenue;

/// <summary>The summary's figures through the gateway, against the hand-worked formula, with the previous year and a date range.</summary>
public sealed class RevenueSummaryTests(SystemFixture system)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    // Year 108, subsidy 3,000,000:
    //   fees 300,000 + services 450,000 + other 50,000 = recurring 800,000
    //   operating = 800,000 + transfer 1,200,000 + 30 % × cooperation 2,000,000 (600,000) = 2,600,000
    //   ratio = 2,600,000 ÷ 3,000,000 = 0.8667
    // Year 107, subsidy 2,000,000: one technical service of 1,000,000 → recurring = operating = 1,000,000, ratio 0.5.
    // Change: operating +1,600,000, ratio +0.3667. Pending (unknown member) and voided entries do not count.
    [Fact]
    public async Task Summary_Year108_FormulaPreviousYearAndChange()
    {
        var alliance = await RevenueAlliance.CreateAsync(system);
        var (member, cooperation) = await RecordYearAsync(alliance);
        await alliance.SetSubsidyAsync(107, 2_000_000m);
        await alliance.RecordOkAsync(IncomeBodies.Service(date: "2018-05-01", amount: 1_000_000m, year: 107));

        var summary = await alliance.SummaryAsync("year=108");

        Assert.Equal((108, "2019-01-01", "2020-01-31"), (summary.GetProperty("year").GetInt32(), summary.GetProperty("from").GetString(), summary.GetProperty("to").GetString()));
        Assert.Equal([300_000m, 450_000m, 1_200_000m, 2_000_000m, 50_000m, 800_000m, 2_600_000m, 3_000_000m, 0.8667m],
            Figures(summary, "membershipFees", "technicalServices", "technologyTransfer", "industryAcademiaCooperation", "other",
                "recurringOperatingRevenue", "operatingRevenue", "subsidy", "selfSufficiencyRatio"));
        Assert.Equal((1, 0), (summary.GetProperty("pendingCount").GetInt32(), summary.GetProperty("flaggedCount").GetInt32()));
        var previous = summary.GetProperty("previousYear");
        Assert.Equal((107, "2018-01-01", "2019-01-31"), (previous.GetProperty("year").GetInt32(), previous.GetProperty("from").GetString(), previous.GetProperty("to").GetString()));
        Assert.Equal([1_000_000m, 1_000_000m, 2_000_000m, 0.5m], Figures(previous, "technicalServices", "operatingRevenue", "subsidy", "selfSufficiencyRatio"));
        Assert.Equal([300_000m, -550_000m, 1_600_000m, 1_000_000m, 0.3667m],
            Figures(summary.GetProperty("change"), "membershipFees", "technicalServices", "operatingRevenue", "subsidy", "selfSufficiencyRatio"));
        Assert.Equal(["IncomeRecorded", "CooperationProjectRecorded"], await alliance.EventsOfIncomeAsync(cooperation));
        Assert.NotEqual(Guid.Empty, member);
    }

    // From 2019-02-01 to 2019-06-30: the fee (03-15), service (04-10), transfer (05-01) and cooperation (06-01) count,
    // the other income (08-01) does not: recurring 750,000; operating 750,000 + 1,200,000 + 600,000 = 2,550,000; ratio 0.85.
    // The previous year uses 2018-02-01..2018-06-30, which holds its service of 2018-05-01; without a subsidy in 107 its ratio is null.
    [Fact]
    public async Task Summary_FromTo_LimitsBothYearsByDate_AndOutsideTheWindowIs400()
    {
        var alliance = await RevenueAlliance.CreateAsync(system);
        await RecordYearAsync(alliance);
        await alliance.RecordOkAsync(IncomeBodies.Service(date: "2018-05-01", amount: 100_000m, year: 107));
        await alliance.RecordOkAsync(IncomeBodies.Service(date: "2018-09-01", amount: 7_000m, year: 107));

        var summary = await alliance.SummaryAsync("year=108&from=2019-02-01&to=2019-06-30");

        Assert.Equal([0m, 750_000m, 2_550_000m, 0.85m], Figures(summary, "other", "recurringOperatingRevenue", "operatingRevenue", "selfSufficiencyRatio"));
        var previous = summary.GetProperty("previousYear");
        Assert.Equal(("2018-02-01", "2018-06-30", 100_000m), (previous.GetProperty("from").GetString(), previous.GetProperty("to").GetString(), previous.GetProperty("operatingRevenue").GetDecimal()));
        Assert.Equal(JsonValueKind.Null, previous.GetProperty("selfSufficiencyRatio").ValueKind);
        Assert.Equal(JsonValueKind.Null, summary.GetProperty("change").GetProperty("subsidy").ValueKind);
        var entries = await alliance.Pi.GetFromJsonAsync<JsonElement[]>($"{alliance.Incomes}?year=108&category=technical-service&status=accepted&from=2019-02-01&to=2019-06-30", Cancel);
        Assert.Equal(450_000m, Assert.Single(entries!).GetProperty("amount").GetDecimal());

        using var outside = await alliance.Pi.GetAsync($"/api/revenue/alliances/{alliance.Id}/summary?year=108&from=2018-12-31", Cancel);
        using var reversed = await alliance.Pi.GetAsync($"/api/revenue/alliances/{alliance.Id}/summary?year=108&from=2019-06-30&to=2019-02-01", Cancel);
        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (outside.StatusCode, reversed.StatusCode));
    }

    /// <summary>Example 1's entries for 108 (one per category), a pending and a voided entry that must not count, and the subsidy.</summary>
    private static async Task<(Guid Member, Guid Cooperation)> RecordYearAsync(RevenueAlliance alliance)
    {
        var member = await alliance.AddFirmAsync(("2019-01-01", "2019-12-31"));
        await alliance.SetSubsidyAsync(108, 3_000_000m);
        await alliance.RecordOkAsync(IncomeBodies.Fee(member));
        await alliance.RecordOkAsync(IncomeBodies.Service());
        await alliance.RecordOkAsync(IncomeBodies.Transfer(member));
        var cooperation = (await alliance.RecordOkAsync(IncomeBodies.Cooperation(core: true, pi: true))).GetProperty("id").GetGuid();
        await alliance.RecordOkAsync(IncomeBodies.Other());
        await alliance.RecordOkAsync(IncomeBodies.Transfer(Guid.NewGuid(), amount: 999_999m));
        var voided = await alliance.RecordOkAsync(IncomeBodies.Service(amount: 5_000m));
        using var voiding = await alliance.Pi.PostAsJsonAsync($"{alliance.Incomes}/{voided.GetProperty("id").GetGuid()}/void",
            new { reason = "誤植", version = voided.GetProperty("version").GetInt64() }, Cancel);
        Assert.Equal(HttpStatusCode.OK, voiding.StatusCode);
        return (member, cooperation);
    }

    private static decimal[] Figures(JsonElement element, params string[] names) => names.Select(n => element.GetProperty(n).GetDecimal()).ToArray();
}
