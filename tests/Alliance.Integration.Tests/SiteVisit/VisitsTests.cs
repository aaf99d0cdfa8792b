using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.Infrastructure;

namespace Alliance.Integration.Tests.SiteVisit;

/// <summary>Scheduling visits through the gateway: the window in Taiwan time, the year, the alliance, versions, history and events.</summary>
public sealed class VisitsTests(SystemFixture system)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ScheduleAndChange_WindowYearAllianceAndVersionRules_WithHistoryAndEvents()
    {
        var data = new SiteVisitData(system);
        var alliance = await data.AllianceAsync();
        var other = await data.AllianceAsync();

        using var noOffset = await data.Admin.PostAsJsonAsync(SiteVisitData.Visits, SiteVisitData.Visit(alliance.Id, "2019-05-15T10:00:00"), Cancel);
        using var outside = await PostInEnglishAsync(data.Admin, SiteVisitData.Visit(alliance.Id, "2019-07-31T16:30:00Z"));
        using var outOfYear = await data.Admin.PostAsJsonAsync(SiteVisitData.Visits, SiteVisitData.Visit(alliance.Id, "2019-01-31T10:00:00+08:00", reason: "年度開始前"), Cancel);
        using var unknown = await data.Admin.PostAsJsonAsync(SiteVisitData.Visits, SiteVisitData.Visit(Guid.NewGuid()), Cancel);
        using var byPi = await alliance.Pi.Client.PostAsJsonAsync(SiteVisitData.Visits, SiteVisitData.Visit(alliance.Id), Cancel);
        Assert.Equal(
            [HttpStatusCode.BadRequest, HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity, HttpStatusCode.Forbidden],
            new[] { noOffset, outside, outOfYear, unknown, byPi }.Select(r => r.StatusCode));
        Assert.Equal("startsAt", await SiteVisitData.FieldsAsync(noOffset));
        Assert.Equal(("outside-visit-window", "date-outside-programme-year", "unknown-alliance"),
            (await SiteVisitData.CodeAsync(outside), await SiteVisitData.CodeAsync(outOfYear), await SiteVisitData.CodeAsync(unknown)));
        Assert.Equal(("startsAt", "startsAt", "allianceId"),
            (await SiteVisitData.FieldsAsync(outside), await SiteVisitData.FieldsAsync(outOfYear), await SiteVisitData.FieldsAsync(unknown)));
        Assert.Contains("April to July", (await SiteVisitData.ProblemAsync(outside)).GetProperty("title").GetString(), StringComparison.Ordinal);

        // Outside April–July with a reason: the usual agenda, the start shown in Taiwan time.
        using var created = await data.Admin.PostAsJsonAsync(SiteVisitData.Visits, SiteVisitData.Visit(alliance.Id, "2019-08-20T01:30:00Z", reason: "配合成果發表會"), Cancel);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var visit = await created.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var id = visit.GetProperty("id").GetGuid();
        Assert.Equal((1L, "scheduled", "2019-08-20T09:30:00+08:00", alliance.Code, "electronics"),
            (visit.GetProperty("version").GetInt64(), visit.GetProperty("status").GetString(), visit.GetProperty("startsAt").GetString(),
             visit.GetProperty("allianceCode").GetString(), visit.GetProperty("domainCode").GetString()));
        Assert.Equal(["簡報及成果展示", "綜合交流", "審查委員填寫審查表", "查訪結果說明"], visit.GetProperty("agenda").EnumerateArray().Select(a => a.GetString()));

        object Change(Guid allianceId, long version) => new
        {
            allianceId, year = 108, startsAt = "2019-06-03T14:00:00+08:00", place = "國立成功大學 力行校區", agenda = new[] { "簡報", "參觀實驗室", "綜合交流" }, version,
        };
        using var anotherAlliance = await data.Admin.PutAsJsonAsync($"{SiteVisitData.Visits}/{id}", Change(other.Id, 1), Cancel);
        using var staleFromZero = await data.Admin.PutAsJsonAsync($"{SiteVisitData.Visits}/{id}", Change(alliance.Id, 0), Cancel);
        using var changed = await data.Admin.PutAsJsonAsync($"{SiteVisitData.Visits}/{id}", Change(alliance.Id, 1), Cancel);
        using var stale = await data.Admin.PutAsJsonAsync($"{SiteVisitData.Visits}/{id}", Change(alliance.Id, 1), Cancel);
        Assert.Equal(
            [HttpStatusCode.UnprocessableEntity, HttpStatusCode.Conflict, HttpStatusCode.OK, HttpStatusCode.Conflict],
            new[] { anotherAlliance, staleFromZero, changed, stale }.Select(r => r.StatusCode));
        Assert.Equal(("alliance-cannot-change", "stale-version"), (await SiteVisitData.CodeAsync(anotherAlliance), await SiteVisitData.CodeAsync(stale)));
        var read = await data.Admin.GetFromJsonAsync<JsonElement>($"{SiteVisitData.Visits}/{id}", Cancel);
        Assert.Equal((2L, "國立成功大學 力行校區", 3), (read.GetProperty("version").GetInt64(), read.GetProperty("place").GetString(), read.GetProperty("agenda").GetArrayLength()));

        var history = (await data.Admin.GetFromJsonAsync<JsonElement[]>($"{SiteVisitData.Visits}/{id}/history", Cancel))!;
        Assert.Equal(["scheduled", "changed"], history.Select(h => h.GetProperty("action").GetString()));
        Assert.Equal("admin", history[1].GetProperty("actor").GetString());

        var events = await data.EventsAsync("visitId", id.ToString());
        Assert.Equal(["SiteVisitScheduled", "SiteVisitScheduled"], events.Select(e => e.Type));
        Assert.Equal([1L, 2L], events.Select(e => e.Payload.GetProperty("version").GetInt64()));
        Assert.Equal((alliance.Id, 108, "國立成功大學 力行校區"),
            (events[1].Payload.GetProperty("allianceId").GetGuid(), events[1].Payload.GetProperty("year").GetInt32(), events[1].Payload.GetProperty("place").GetString()));
        await Eventually.Until(() => data.EventsSentAsync("visitId", id.ToString()), SiteVisitData.Patience, "site-visit's events of the visit to be published");
    }

    private static async Task<HttpResponseMessage> PostInEnglishAsync(HttpClient client, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, SiteVisitData.Visits) { Content = JsonContent.Create(body) };
        request.Headers.AcceptLanguage.ParseAdd("en");
        return await client.SendAsync(request, Cancel);
    }
}
