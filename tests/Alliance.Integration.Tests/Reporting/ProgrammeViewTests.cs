using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Contracts.SiteVisit;
using Alliance.Integration.Tests.Infrastructure;
using MiniExcelLibs;

namespace Alliance.Integration.Tests.Reporting;

/// <summary>
/// The programme view of 108 over a fresh domain of four alliances, built through the services (subsidies, incomes, members,
/// targets, site-visit's abnormal flag) and, for the order of site-visit's events, published straight on the bus:
///   A phase 2 year 3: subsidy 1,000,000, revenue 1,000,000 (not above it), 107's revenue 1,000,000 (not above it);
///   B phase 2 year 3: subsidy 1,000,000, revenue 1,000,001, 107's 1,000,000 (one dollar above both: no flag);
///   C phase 1: subsidy 2,000,000, 2 firm members of a target 3, flagged abnormal at site visits;
///   D phase 1: subsidy 2,000,000, 3 firm members of a target 3; its flag cleared (the older flagging arriving after), the domain's outstanding alliance.
/// </summary>
public sealed class ProgrammeViewTests(SystemFixture system)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Programme_AFreshDomainOf108_RowsAreTheSumsOfTheirAlliances_EachFlagAtItsBoundary_AndTheWorkbookHoldsThem()
    {
        await ReportingYears.EnsureOpenAsync(system, ReportingYears.Past);
        var data = new ProgrammeViewData(system);
        var domain = await data.DomainAsync();
        var (a, b) = (await ReportingAlliance.CreateAsync(system, 2, 3, domain), await ReportingAlliance.CreateAsync(system, 2, 3, domain));
        var (c, d) = (await ReportingAlliance.CreateAsync(system, 1, 2, domain), await ReportingAlliance.CreateAsync(system, 1, 2, domain));
        foreach (var (alliance, subsidy, revenue) in new[] { (a, 1_000_000m, 1_000_000m), (b, 1_000_000m, 1_000_001m), (c, 2_000_000m, 0m), (d, 2_000_000m, 0m) })
        {
            await data.SubsidyAsync(alliance, 108, subsidy);
            if (revenue > 0)
            {
                await data.SubsidyAsync(alliance, 107, 500_000m);
                await ProgrammeViewData.OtherIncomeAsync(alliance, 107, "2018-03-01", 1_000_000m);
                await ProgrammeViewData.OtherIncomeAsync(alliance, 108, "2019-03-01", revenue);
            }
        }

        await ProgrammeViewData.FirmMembersAsync(c, 2);
        await ProgrammeViewData.FirmMembersAsync(d, 3);
        await c.SubmitOkAsync(108, 0, TargetBodies.Full(3));
        await d.SubmitOkAsync(108, 0, TargetBodies.Full(3));
        await data.FlagAbnormalAsync(c, "會員數連續兩季下降");
        await PublishSiteVisitEventsAsync(domain, c, d);

        var list = await Eventually.Until(() => data.ListAsync(domain), rows => rows.Count == 4
                && rows[a.Code].GetProperty("operatingRevenue").GetDecimal() == 1_000_000m && rows[b.Code].GetProperty("operatingRevenue").GetDecimal() == 1_000_001m
                && rows[c.Code].GetProperty("firmMembers").GetInt32() == 2 && rows[d.Code].GetProperty("firmMembers").GetInt32() == 3
                && rows[c.Code].GetProperty("targets").GetProperty("firmMembers").ValueKind == JsonValueKind.Number
                && rows[d.Code].GetProperty("targets").GetProperty("firmMembers").ValueKind == JsonValueKind.Number
                && ProgrammeViewData.Flags(rows[c.Code]).Contains("abnormal /") && rows[d.Code].GetProperty("outstanding").GetBoolean(),
            TimeSpan.FromSeconds(90), "reporting's copies to hold the domain's four alliances");

        Assert.Equal(["not-self-sufficient 1000000/1000000", "revenue-not-growing 1000000/1000000"], ProgrammeViewData.Flags(list[a.Code]));
        Assert.Empty(ProgrammeViewData.Flags(list[b.Code]));
        Assert.Equal(["members-below-target 2/3", "abnormal /"], ProgrammeViewData.Flags(list[c.Code]));
        Assert.Empty(ProgrammeViewData.Flags(list[d.Code]));
        Assert.Equal("會員數連續兩季下降", list[c.Code].GetProperty("flags")[1].GetProperty("reason").GetString()!.Split('：', '（')[1]);
        Assert.Equal([false, false, false, true], new[] { a, b, c, d }.Select(x => list[x.Code].GetProperty("outstanding").GetBoolean()));
        Assert.All(list.Values, x => Assert.Equal("not-started", x.GetProperty("status").GetString()));

        // The domain's row is the sum of its alliances, and the total the sum of the domains.
        var programme = await data.Admin.GetFromJsonAsync<JsonElement>("/api/reporting/programme?year=108", Cancel);
        var row = programme.GetProperty("domains").EnumerateArray().Single(r => r.GetProperty("domainCode").GetString() == domain);
        decimal Sum(string field) => list.Values.Sum(x => x.GetProperty(field).GetDecimal());
        Assert.Equal(
            (4, Sum("subsidy"), Sum("firmMembers"), Sum("operatingRevenue"), Sum("recurringOperatingRevenue"), list.Values.Count(x => x.GetProperty("selfSufficient").GetBoolean())),
            (row.GetProperty("allianceCount").GetInt32(), row.GetProperty("subsidyTotal").GetDecimal(), row.GetProperty("firmMembers").GetDecimal(),
             row.GetProperty("operatingRevenueTotal").GetDecimal(), row.GetProperty("recurringOperatingRevenueTotal").GetDecimal(), row.GetProperty("selfSufficientCount").GetInt32()));
        Assert.Equal((6_000_000m, 1_500_000m, 5, 6, 2_000_001m, 500_000.25m, 0.3333m, 1),
            (row.GetProperty("subsidyTotal").GetDecimal(), row.GetProperty("subsidyAverage").GetDecimal(), row.GetProperty("firmMembers").GetInt32(),
             row.GetProperty("firmMemberTargets").GetInt32(), row.GetProperty("operatingRevenueTotal").GetDecimal(), row.GetProperty("operatingRevenueAverage").GetDecimal(),
             row.GetProperty("selfSufficiencyRatio").GetDecimal(), row.GetProperty("selfSufficientCount").GetInt32()));
        var domains = programme.GetProperty("domains").EnumerateArray().ToArray();
        var total = programme.GetProperty("total");
        foreach (var field in new[] { "allianceCount", "subsidyTotal", "firmMembers", "operatingRevenueTotal", "recurringOperatingRevenueTotal", "technologyTransferTotal", "selfSufficientCount" })
        {
            Assert.Equal(domains.Sum(r => r.GetProperty(field).GetDecimal()), total.GetProperty(field).GetDecimal());
        }

        await AssertWorkbookAsync(domain, list.Keys);
    }

    [Fact]
    public async Task ProgrammeAlliances_Filters_AndEachCallerSeesOnlyWhatItMayRead()
    {
        await ReportingYears.EnsureOpenAsync(system, ReportingYears.Past);
        var data = new ProgrammeViewData(system);
        var domain = await data.DomainAsync();
        var (a, b) = (await ReportingAlliance.CreateAsync(system, 2, 3, domain), await ReportingAlliance.CreateAsync(system, 1, 1, domain));
        await data.SubsidyAsync(a, 108, 3_000_000m);
        await data.SubsidyAsync(b, 108, 3_000_000m);
        await data.FlagAbnormalAsync(b, "未依規定辦理");
        await Eventually.Until(() => data.ListAsync(domain), rows => rows.Count == 2 && ProgrammeViewData.Flags(rows[b.Code]).Contains("abnormal /"),
            TimeSpan.FromSeconds(60), "reporting's copies to hold both alliances and the flag");

        Assert.Equal([b.Code], (await data.ListAsync(domain, "&flag=abnormal")).Keys);
        Assert.Equal([a.Code], (await data.ListAsync(domain, "&flag=not-self-sufficient")).Keys);
        Assert.Equal(2, (await data.ListAsync(domain, "&status=not-started")).Count);
        Assert.Empty(await data.ListAsync(domain, "&status=audited"));
        using var badFlag = await data.Admin.GetAsync($"/api/reporting/programme/alliances?year=108&flag=outstanding", Cancel);
        using var badStatus = await data.Admin.GetAsync($"/api/reporting/programme/alliances?year=108&status=late", Cancel);
        using var badYear = await data.Admin.GetAsync($"/api/reporting/programme?year=20", Cancel);
        Assert.Equal(["400 invalid flag", "400 invalid status", "400 invalid year"], new[] { await ReportingAlliance.RefusalAsync(badFlag), await ReportingAlliance.RefusalAsync(badStatus), await ReportingAlliance.RefusalAsync(badYear) });

        // A PI reads its own alliance's row with its flags (its home page), never the programme's tables.
        Assert.Equal([a.Code], (await data.ListAsync(domain, client: a.Pi)).Keys);
        var own = await a.Pi.GetFromJsonAsync<JsonElement>("/api/reporting/programme/alliances?year=108", Cancel);
        Assert.All(own.GetProperty("alliances").EnumerateArray(), x => Assert.Equal(a.Id, x.GetProperty("allianceId").GetGuid()));
        using var programme = await a.Pi.GetAsync("/api/reporting/programme?year=108", Cancel);
        using var workbook = await a.Pi.GetAsync("/api/reporting/programme.xlsx?year=108", Cancel);
        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], new[] { programme.StatusCode, workbook.StatusCode });
    }

    /// <summary>
    /// Site-visit's events as they might arrive: D's clearing (version 2) before its flagging (1), D's selection as outstanding
    /// (version 2, twice) before an older one of C (1). The newest state of each wins, and a redelivery changes nothing.
    /// </summary>
    private async Task PublishSiteVisitEventsAsync(string domain, ReportingAlliance c, ReportingAlliance d)
    {
        await using var bus = await SystemBus.StartAsync(system, Cancel);
        var now = DateTimeOffset.UtcNow;
        await bus.PublishAsync(new AllianceFlagCleared { EventId = Guid.NewGuid(), OccurredAt = now, AllianceId = d.Id, Note = "已改善", Version = 2 }, Cancel);
        await bus.PublishAsync(new AllianceFlaggedAbnormal { EventId = Guid.NewGuid(), OccurredAt = now, AllianceId = d.Id, Reason = "舊的異常", Version = 1 }, Cancel);
        var selected = new OutstandingAllianceSelected { EventId = Guid.NewGuid(), OccurredAt = now, Year = 108, DomainCode = domain, AllianceId = d.Id, Confirmed = true, Version = 2 };
        await bus.PublishAsync(selected, Cancel);
        await bus.PublishAsync(selected, Cancel);
        await bus.PublishAsync(selected with { EventId = Guid.NewGuid(), AllianceId = c.Id, Version = 1 }, Cancel);
    }

    private async Task AssertWorkbookAsync(string domain, IEnumerable<string> codes)
    {
        using var response = await system.Admin.GetAsync("/api/reporting/programme.xlsx?year=108", Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Cancel));
        var rows = stream.Query(useHeaderRow: true, sheetName: "領域 Domains").Cast<IDictionary<string, object?>>().ToArray();
        decimal Number(IDictionary<string, object?> r, string header) => Convert.ToDecimal(r[header], System.Globalization.CultureInfo.InvariantCulture);
        var own = rows.Single(r => (string?)r["領域 domain"] == domain);
        Assert.Equal((4m, 6_000_000m, 2_000_001m, 0.3333m),
            (Number(own, "聯盟數 alliances"), Number(own, "核定補助款（元） subsidy (NTD)"), Number(own, "營運收入（元） operating revenue (NTD)"), Number(own, "自給自足率 self-sufficiency ratio")));
        var total = rows.Single(r => (string?)r["領域 domain"] == "合計 total");
        var domains = rows.Where(r => !ReferenceEquals(r, total)).ToArray();
        Assert.Equal(domains.Sum(r => Number(r, "核定補助款（元） subsidy (NTD)")), Number(total, "核定補助款（元） subsidy (NTD)"));
        stream.Position = 0;
        var alliances = stream.Query(useHeaderRow: true, sheetName: "聯盟 Alliances").Cast<IDictionary<string, object?>>().Select(r => (string?)r["聯盟代碼 code"]).ToHashSet();
        Assert.Subset(alliances, codes.Cast<string?>().ToHashSet());
    }
}
