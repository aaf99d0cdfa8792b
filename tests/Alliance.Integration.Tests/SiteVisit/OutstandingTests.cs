using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.Infrastructure;

namespace Alliance.Integration.Tests.SiteVisit;

/// <summary>
/// A domain of its own, so no other test's alliances meet these: the ranking with its ties, then the outstanding
/// alliance selected by the centre, confirmed by an officer and published.
/// </summary>
public sealed class OutstandingTests(SystemFixture system)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RankingThenSelection_TiesByLowestTotalThenCode_ConfirmedSelectionIsPublished_AndEveryChangeKept()
    {
        var data = new SiteVisitData(system);
        var domain = await data.DomainAsync();
        var (r1, r2) = (await data.ReviewerAsync(), await data.ReviewerAsync());
        var officer = await new TestAccounts(system).CreateAsync(["ministry-officer"]);
        var alliances = new Dictionary<string, VisitedAlliance>();
        foreach (var name in new[] { "pooled", "tieA", "tieB", "spread", "draftOnly" })
        {
            alliances[name] = await data.AllianceAsync(domain);
        }

        var elsewhere = await data.AllianceAsync("ict");
        // pooled: two visits of one form each (24, 22: average 23). The ties average 20 with a lowest total of 20;
        // spread averages 20 too, with a lowest of 15. draftOnly has a draft and no submitted form.
        await VisitAsync(data, alliances["pooled"].Id, (r1, [5, 5, 5, 5, 4]));
        await VisitAsync(data, alliances["pooled"].Id, (r1, [5, 5, 4, 4, 4]));
        await VisitAsync(data, alliances["tieA"].Id, (r1, [4, 4, 4, 4, 4]), (r2, [4, 4, 4, 4, 4]));
        await VisitAsync(data, alliances["tieB"].Id, (r1, [4, 4, 4, 4, 4]), (r2, [4, 4, 4, 4, 4]));
        await VisitAsync(data, alliances["spread"].Id, (r1, [3, 3, 3, 3, 3]), (r2, [5, 5, 5, 5, 5]));
        var draftVisit = await VisitAsync(data, alliances["draftOnly"].Id);
        await data.AssignAsync(draftVisit, r1.UserName);
        using (var draft = await r1.Client.PutAsJsonAsync($"{SiteVisitData.Visits}/{draftVisit}/forms/mine", SiteVisitData.Form([5, 5, 5, 5, 5], 0), Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        }

        await VisitAsync(data, elsewhere.Id, (r1, [5, 5, 5, 5, 5]));

        var ties = new[] { alliances["tieA"].Code, alliances["tieB"].Code }.Order(StringComparer.Ordinal).ToArray();
        var ranking = await officer.Client.GetFromJsonAsync<JsonElement[]>($"/api/site-visits/rankings?year=108&domainCode={domain}", Cancel);
        Assert.Equal(
            [(1, alliances["pooled"].Code, 23m, 22, 2), (2, ties[0], 20m, 20, 2), (3, ties[1], 20m, 20, 2), (4, alliances["spread"].Code, 20m, 15, 2)],
            ranking!.Select(r => (r.GetProperty("rank").GetInt32(), r.GetProperty("allianceCode").GetString(), r.GetProperty("averageTotal").GetDecimal(),
                r.GetProperty("lowestTotal").GetInt32(), r.GetProperty("forms").GetInt32())));
        Assert.Equal(alliances["pooled"].Name, ranking![0].GetProperty("allianceName").GetString());
        using var piRanking = await elsewhere.Pi.Client.GetAsync($"/api/site-visits/rankings?year=108&domainCode={domain}", Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, piRanking.StatusCode);

        var row = $"/api/site-visits/outstanding/108/{domain}";
        using var notInDomain = await data.Admin.PutAsJsonAsync(row, new { allianceId = elsewhere.Id, version = 0 }, Cancel);
        using var notVisited = await data.Admin.PutAsJsonAsync(row, new { allianceId = alliances["draftOnly"].Id, version = 0 }, Cancel);
        using var unknown = await data.Admin.PutAsJsonAsync(row, new { allianceId = Guid.NewGuid(), version = 0 }, Cancel);
        using var byOfficer = await officer.Client.PutAsJsonAsync(row, new { allianceId = alliances["pooled"].Id, version = 0 }, Cancel);
        using var selected = await data.Admin.PutAsJsonAsync(row, new { allianceId = alliances["pooled"].Id, version = 0 }, Cancel);
        using var staleSelect = await data.Admin.PutAsJsonAsync(row, new { allianceId = alliances["pooled"].Id, version = 0 }, Cancel);
        Assert.Equal(
            [HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity, HttpStatusCode.Forbidden, HttpStatusCode.OK, HttpStatusCode.Conflict],
            new[] { notInDomain, notVisited, unknown, byOfficer, selected, staleSelect }.Select(r => r.StatusCode));
        Assert.Equal(["alliance-not-in-domain", "alliance-not-visited", "unknown-alliance"],
            await SiteVisitData.CodesAsync(notInDomain, notVisited, unknown));
        Assert.Equal("allianceId", await SiteVisitData.FieldsAsync(notVisited));

        var rows = (await data.Admin.GetFromJsonAsync<JsonElement[]>("/api/site-visits/outstanding?year=108", Cancel))!;
        var domains = rows.Select(r => r.GetProperty("domainCode").GetString()!).ToList();
        // Seeded domains in the programme's order, then the others (this test's own among them) by code.
        Assert.True(domains.IndexOf("ict") >= 0 && domains.IndexOf("ict") < domains.IndexOf(domain), string.Join(", ", domains));
        var mine = rows.Single(r => r.GetProperty("domainCode").GetString() == domain);
        Assert.Equal((alliances["pooled"].Id, false, 1L), (mine.GetProperty("allianceId").GetGuid(), mine.GetProperty("confirmed").GetBoolean(), mine.GetProperty("version").GetInt64()));
        Assert.DoesNotContain(await PublishedAsync(elsewhere.Pi.Client), r => r.GetProperty("domainCode").GetString() == domain);
        using var piUnpublished = await elsewhere.Pi.Client.GetAsync("/api/site-visits/outstanding?year=108", Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, piUnpublished.StatusCode);

        using var byCentre = await data.Admin.PostAsJsonAsync($"{row}/confirm", new { version = 1 }, Cancel);
        using var staleConfirm = await officer.Client.PostAsJsonAsync($"{row}/confirm", new { version = 0 }, Cancel);
        using var confirmed = await officer.Client.PostAsJsonAsync($"{row}/confirm", new { version = 1 }, Cancel);
        using var confirmAgain = await officer.Client.PostAsJsonAsync($"{row}/confirm", new { version = 2 }, Cancel);
        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Conflict, HttpStatusCode.OK, HttpStatusCode.Conflict],
            new[] { byCentre, staleConfirm, confirmed, confirmAgain }.Select(r => r.StatusCode));
        Assert.Equal("already-confirmed", await SiteVisitData.CodeAsync(confirmAgain));

        var published = (await PublishedAsync(elsewhere.Pi.Client)).Single(r => r.GetProperty("domainCode").GetString() == domain);
        Assert.Equal((alliances["pooled"].Id, alliances["pooled"].Name, "國立成功大學", "測試 pi", true),
            (published.GetProperty("allianceId").GetGuid(), published.GetProperty("allianceName").GetString(), published.GetProperty("hostInstitution").GetString(),
             published.GetProperty("piDisplayName").GetString(), published.GetProperty("confirmed").GetBoolean()));
        Assert.All(await PublishedAsync(elsewhere.Pi.Client), r => Assert.True(r.GetProperty("confirmed").GetBoolean()));

        // Another alliance selected: the confirmation is withdrawn and the row leaves the published list.
        using var changed = await data.Admin.PutAsJsonAsync(row, new { allianceId = alliances["spread"].Id, version = 2 }, Cancel);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var reselected = await changed.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal((false, 3L), (reselected.GetProperty("confirmed").GetBoolean(), reselected.GetProperty("version").GetInt64()));
        Assert.DoesNotContain(await PublishedAsync(elsewhere.Pi.Client), r => r.GetProperty("domainCode").GetString() == domain);

        var history = (await officer.Client.GetFromJsonAsync<JsonElement[]>($"{row}/history", Cancel))!;
        Assert.Equal(["selected", "confirmed", "selected"], history.Select(h => h.GetProperty("action").GetString()));
        var events = await data.EventsAsync("domainCode", domain);
        Assert.Equal([("OutstandingAllianceSelected", false, 1L), ("OutstandingAllianceSelected", true, 2L), ("OutstandingAllianceSelected", false, 3L)],
            events.Select(e => (e.Type, e.Payload.GetProperty("confirmed").GetBoolean(), e.Payload.GetProperty("version").GetInt64())));
        await Eventually.Until(() => data.EventsSentAsync("domainCode", domain), SiteVisitData.Patience, "the selection events to be published");
    }

    /// <summary>A visit of the alliance in 108 whose reviewers each submit the form given; returns the visit's id.</summary>
    private static async Task<Guid> VisitAsync(SiteVisitData data, Guid allianceId, params (TestUser Reviewer, int[] Scores)[] forms)
    {
        var visitId = await data.ScheduleIdAsync(allianceId);
        foreach (var (reviewer, scores) in forms)
        {
            await data.AssignAsync(visitId, reviewer.UserName);
            await SiteVisitData.SubmitAsync(reviewer.Client, visitId, scores);
        }

        return visitId;
    }

    private static async Task<JsonElement[]> PublishedAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement[]>("/api/site-visits/outstanding?year=108&published=true", Cancel))!;
}
