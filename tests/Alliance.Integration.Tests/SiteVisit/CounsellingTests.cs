using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.Infrastructure;

namespace Alliance.Integration.Tests.SiteVisit;

/// <summary>Counselling sessions and abnormal flags through the gateway: the centre writes, the alliance's PI reads its own.</summary>
public sealed class CounsellingTests(SystemFixture system)
{
    private const string Counselling = "/api/site-visits/counselling";
    private const string Abnormal = "/api/site-visits/abnormal";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Counselling_MarketingDemonstrationsForTwoAlliancesAYear_AndEachPiReadsItsOwn()
    {
        var data = new SiteVisitData(system);
        // A year no other test counsels in (the limit counts every alliance of the year), whose dates requests may carry (up to 2100).
        var year = Random.Shared.Next(150, 186);
        var date = $"{year + 1911}-06-01";
        var (a, b, c) = (await data.AllianceAsync(), await data.AllianceAsync(), await data.AllianceAsync());
        var reviewer = await data.ReviewerAsync();
        object Session(Guid allianceId, string kind, string on) => new { allianceId, year, kind, date = on, notes = "訪談紀錄", recommendations = "建議加強推廣" };

        var answers = new List<HttpResponseMessage>();
        foreach (var body in new[]
        {
            Session(a.Id, "marketing-demonstration", date), Session(b.Id, "marketing-demonstration", date), Session(c.Id, "marketing-demonstration", date),
            Session(a.Id, "marketing-demonstration", date), Session(c.Id, "lecture", date), Session(c.Id, "case", date),
            Session(c.Id, "case", $"{year + 1911}-01-31"), Session(Guid.NewGuid(), "lecture", date),
        })
        {
            answers.Add(await data.Admin.PostAsJsonAsync(Counselling, body, Cancel));
        }

        using var byPi = await a.Pi.Client.PostAsJsonAsync(Counselling, Session(a.Id, "lecture", date), Cancel);
        Assert.Equal(
            [HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.UnprocessableEntity, HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created,
             HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity, HttpStatusCode.Forbidden],
            answers.Append(byPi).Select(r => r.StatusCode));
        Assert.Equal(["marketing-demonstration-limit", "date-outside-programme-year", "unknown-alliance"],
            await SiteVisitData.CodesAsync(answers[2], answers[6], answers[7]));
        Assert.Equal(("kind", "date"), (await SiteVisitData.FieldsAsync(answers[2]), await SiteVisitData.FieldsAsync(answers[6])));
        answers.ForEach(r => r.Dispose());

        var own = (await a.Pi.Client.GetFromJsonAsync<JsonElement[]>($"{Counselling}?year={year}&allianceId={a.Id}", Cancel))!;
        Assert.Equal(["marketing-demonstration", "marketing-demonstration"], own.Select(s => s.GetProperty("kind").GetString()));
        Assert.Equal(("建議加強推廣", a.Code), (own[0].GetProperty("recommendations").GetString(), own[0].GetProperty("allianceCode").GetString()));
        Assert.All((await a.Pi.Client.GetFromJsonAsync<JsonElement[]>($"{Counselling}?year={year}", Cancel))!, s => Assert.Equal(a.Id, s.GetProperty("allianceId").GetGuid()));
        Assert.Equal(5, (await data.Admin.GetFromJsonAsync<JsonElement[]>($"{Counselling}?year={year}", Cancel))!.Length);
        using var othersSessions = await a.Pi.Client.GetAsync($"{Counselling}?allianceId={b.Id}", Cancel);
        using var byReviewer = await reviewer.Client.GetAsync($"{Counselling}?allianceId={a.Id}", Cancel);
        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], new[] { othersSessions, byReviewer }.Select(r => r.StatusCode));
    }

    [Fact]
    public async Task AbnormalFlag_RaisedWithAReasonClearedWithANote_KeptInTheHistory_PublishedAndReadByItsPi()
    {
        var data = new SiteVisitData(system);
        var (a, b) = (await data.AllianceAsync(), await data.AllianceAsync());

        using var flagged = await data.Admin.PostAsJsonAsync(Abnormal, new { allianceId = a.Id, reason = "會員數連續下滑" }, Cancel);
        using var twice = await data.Admin.PostAsJsonAsync(Abnormal, new { allianceId = a.Id, reason = "再次註記" }, Cancel);
        using var byPi = await a.Pi.Client.PostAsJsonAsync(Abnormal, new { allianceId = a.Id, reason = "自行註記" }, Cancel);
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict, HttpStatusCode.Forbidden], new[] { flagged, twice, byPi }.Select(r => r.StatusCode));
        Assert.Equal("already-flagged", await SiteVisitData.CodeAsync(twice));

        var own = (await a.Pi.Client.GetFromJsonAsync<JsonElement[]>($"{Abnormal}?allianceId={a.Id}", Cancel))!;
        Assert.Equal([("會員數連續下滑", 1L)], own.Select(f => (f.GetProperty("reason").GetString(), f.GetProperty("version").GetInt64())));
        Assert.Equal([a.Id], (await a.Pi.Client.GetFromJsonAsync<JsonElement[]>(Abnormal, Cancel))!.Select(f => f.GetProperty("allianceId").GetGuid()));
        Assert.Contains((await data.Admin.GetFromJsonAsync<JsonElement[]>(Abnormal, Cancel))!, f => f.GetProperty("allianceId").GetGuid() == a.Id);
        using var othersFlag = await a.Pi.Client.GetAsync($"{Abnormal}?allianceId={b.Id}", Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, othersFlag.StatusCode);

        var clear = $"{Abnormal}/{a.Id}/clear";
        using var stale = await data.Admin.PostAsJsonAsync(clear, new { note = "輔導後改善", version = 0 }, Cancel);
        using var noNote = await data.Admin.PostAsJsonAsync(clear, new { note = " ", version = 1 }, Cancel);
        using var cleared = await data.Admin.PostAsJsonAsync(clear, new { note = "輔導後改善", version = 1 }, Cancel);
        using var clearAgain = await data.Admin.PostAsJsonAsync(clear, new { note = "再解除", version = 2 }, Cancel);
        using var neverFlagged = await data.Admin.PostAsJsonAsync($"{Abnormal}/{b.Id}/clear", new { note = "無", version = 1 }, Cancel);
        Assert.Equal([HttpStatusCode.Conflict, HttpStatusCode.BadRequest, HttpStatusCode.OK, HttpStatusCode.Conflict, HttpStatusCode.NotFound],
            new[] { stale, noNote, cleared, clearAgain, neverFlagged }.Select(r => r.StatusCode));
        Assert.Equal(("note", "not-flagged"), (await SiteVisitData.FieldsAsync(noNote), await SiteVisitData.CodeAsync(clearAgain)));
        Assert.Empty((await a.Pi.Client.GetFromJsonAsync<JsonElement[]>($"{Abnormal}?allianceId={a.Id}", Cancel))!);

        using var flaggedAgain = await data.Admin.PostAsJsonAsync(Abnormal, new { allianceId = a.Id, reason = "年度查訪異常" }, Cancel);
        Assert.Equal(3L, (await flaggedAgain.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("version").GetInt64());
        var history = (await a.Pi.Client.GetFromJsonAsync<JsonElement[]>($"{Abnormal}/{a.Id}/history", Cancel))!;
        Assert.Equal(["flagged", "cleared", "flagged"], history.Select(h => h.GetProperty("action").GetString()));
        Assert.Equal("輔導後改善", history[1].GetProperty("after").GetProperty("note").GetString());

        var events = (await data.EventsAsync("allianceId", a.Id.ToString())).Where(e => e.Type.StartsWith("Alliance", StringComparison.Ordinal)).ToArray();
        Assert.Equal([("AllianceFlaggedAbnormal", 1L), ("AllianceFlagCleared", 2L), ("AllianceFlaggedAbnormal", 3L)],
            events.Select(e => (e.Type, e.Payload.GetProperty("version").GetInt64())));
        Assert.Equal(("會員數連續下滑", "輔導後改善"), (events[0].Payload.GetProperty("reason").GetString(), events[1].Payload.GetProperty("note").GetString()));
        await Eventually.Until(() => data.EventsSentAsync("allianceId", a.Id.ToString()), SiteVisitData.Patience, "the flag events to be published");
    }
}
