using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.Infrastructure;

namespace Alliance.Integration.Tests.Activity;

/// <summary>The activity summary's figures through the gateway, against hand-counted records, for the year and a date range.</summary>
public sealed class ActivitySummaryTests(SystemFixture system)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    // Year 108 (2019-02-01..2020-01-31); a pending consultation and a voided promotion event never count.
    //   promotion events 03-01, 09-01 → 2          technical seminars 05-10 → 1
    //   consultations 04-01, 05-01, 10-01 → 3      on-site guidance 06-15, 11-01 → 2
    //   new products 06-01 → 1                     new technologies 12-01 → 1
    //   patents: applications 03-15, 07-01, grant 2020-01-31 (joint) → 3 (2 + 1)
    //   new hires 3 people on 2019-02-01 + 2 on 08-01 → 5
    //   derived output value 250,000.50 on 05-20 + 1,000,000 on 09-01 → 1,250,000.50
    [Fact]
    public async Task Summary_Year108_EveryKpiInOrder_OnlyAcceptedRecordsCount()
    {
        var alliance = await ActivityAlliance.CreateAsync(system);
        await RecordYearAsync(alliance);

        var summary = await alliance.SummaryAsync("year=108");

        Assert.Equal((alliance.Id, 108, "2019-02-01", "2020-01-31"),
            (summary.GetProperty("allianceId").GetGuid(), summary.GetProperty("year").GetInt32(), summary.GetProperty("from").GetString(), summary.GetProperty("to").GetString()));
        Assert.Equal(
            [("promotion-events", 2m), ("technical-seminars", 1m), ("consultations", 3m), ("on-site-guidance", 2m), ("new-products", 1m),
             ("new-technologies", 1m), ("patents", 3m), ("new-hires", 5m), ("derived-output-value", 1_250_000.50m)],
            ActivityAlliance.Figures(summary));
        var patents = summary.GetProperty("kpis")[6];
        Assert.Equal((2, 1), (patents.GetProperty("applied").GetInt32(), patents.GetProperty("granted").GetInt32()));
        Assert.Equal(JsonValueKind.Null, summary.GetProperty("kpis")[0].GetProperty("applied").ValueKind);
        Assert.Equal((1, 0), (summary.GetProperty("pendingCount").GetInt32(), summary.GetProperty("flaggedCount").GetInt32()));
        var kpis = await alliance.Pi.GetFromJsonAsync<JsonElement[]>("/api/activity/kpis", Cancel);
        Assert.Equal(ActivityAlliance.Figures(summary).Select(f => f.Kpi), kpis!.Select(k => k.GetProperty("code").GetString()));
    }

    // From 2019-02-01 to 2019-06-30: promotion 03-01; seminar 05-10; consultations 04-01, 05-01; guidance 06-15; product 06-01;
    // patent application 03-15; hires 3 (02-01); output value 250,000.50 (05-20). The lists narrow the same way, so a figure links to its records.
    [Fact]
    public async Task Summary_FromTo_CountsOnlyThatRange_TheListsNarrowAlike_AndOutsideTheYearIs400()
    {
        var alliance = await ActivityAlliance.CreateAsync(system);
        await RecordYearAsync(alliance);

        var summary = await alliance.SummaryAsync("year=108&from=2019-02-01&to=2019-06-30");

        Assert.Equal([1m, 1m, 2m, 1m, 1m, 0m, 1m, 3m, 250_000.50m], ActivityAlliance.Figures(summary).Select(f => f.Figure));
        var consultations = await alliance.ListAsync($"{alliance.Consultations}?year=108&status=accepted&from=2019-02-01&to=2019-06-30");
        Assert.Equal(["2019-04-01", "2019-05-01"], consultations.Select(c => c.GetProperty("date").GetString()));
        var applications = await alliance.ListAsync($"{alliance.Outcomes}?year=108&kind=patent-application&status=accepted&from=2019-02-01&to=2019-06-30");
        Assert.Equal(["2019-03-15"], applications.Select(c => c.GetProperty("date").GetString()));

        using var outside = await alliance.Pi.GetAsync($"{alliance.Root}/summary?year=108&from=2019-01-31", Cancel);
        using var reversed = await alliance.Pi.GetAsync($"{alliance.Root}/summary?year=108&from=2019-06-30&to=2019-02-01", Cancel);
        using var noYear = await alliance.Pi.GetAsync($"{alliance.Root}/summary", Cancel);
        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest], new[] { outside, reversed, noYear }.Select(r => r.StatusCode));
    }

    private static async Task RecordYearAsync(ActivityAlliance alliance)
    {
        var member = await alliance.AddFirmAsync(("2019-01-01", "2020-01-31"));
        await alliance.RecordOkAsync(alliance.Events, ActivityBodies.Event(kind: "promotion", date: "2019-03-01", title: "聯盟推廣說明會"));
        await alliance.RecordOkAsync(alliance.Events, ActivityBodies.Event(kind: "promotion", date: "2019-09-01", title: "聯盟成果發表會"));
        var voided = await alliance.RecordOkAsync(alliance.Events, ActivityBodies.Event(kind: "promotion", date: "2019-04-01", title: "取消的說明會"));
        using (var voiding = await alliance.Pi.PostAsJsonAsync($"{alliance.Events}/{voided.GetProperty("id").GetGuid()}/void", new { reason = "活動取消", version = 1 }, Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, voiding.StatusCode);
        }

        await alliance.RecordOkAsync(alliance.Events, ActivityBodies.Event(kind: "seminar", date: "2019-05-10"));
        foreach (var date in new[] { "2019-04-01", "2019-05-01", "2019-10-01" })
        {
            await alliance.RecordOkAsync(alliance.Consultations, ActivityBodies.Service(member, date));
        }

        var pending = await alliance.RecordOkAsync(alliance.Consultations, ActivityBodies.Service(Guid.NewGuid(), "2019-05-02"));
        Assert.Equal("pending", pending.GetProperty("status").GetString());
        await alliance.RecordOkAsync(alliance.Guidance, ActivityBodies.Service(member, "2019-06-15"));
        await alliance.RecordOkAsync(alliance.Guidance, ActivityBodies.Service(member, "2019-11-01"));
        await alliance.RecordOkAsync(alliance.Outcomes, ActivityBodies.Product(member, "2019-06-01"));
        await alliance.RecordOkAsync(alliance.Outcomes, ActivityBodies.Product(member, "2019-12-01", kind: "new-technology"));
        await alliance.RecordOkAsync(alliance.Outcomes, ActivityBodies.Patent(member, date: "2019-03-15"));
        await alliance.RecordOkAsync(alliance.Outcomes, ActivityBodies.Patent(member, date: "2019-07-01"));
        await alliance.RecordOkAsync(alliance.Outcomes, ActivityBodies.Patent(member, kind: "patent-grant", owner: "joint", date: "2020-01-31"));
        await alliance.RecordOkAsync(alliance.Outcomes, ActivityBodies.Hires(member, 3, "2019-02-01"));
        await alliance.RecordOkAsync(alliance.Outcomes, ActivityBodies.Hires(member, 2, "2019-08-01"));
        await alliance.RecordOkAsync(alliance.Outcomes, ActivityBodies.OutputValue(member, 250_000.50m, "2019-05-20"));
        await alliance.RecordOkAsync(alliance.Outcomes, ActivityBodies.OutputValue(member, 1_000_000m, "2019-09-01"));
    }
}
