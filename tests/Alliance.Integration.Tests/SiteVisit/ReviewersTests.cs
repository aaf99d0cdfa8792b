using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.Infrastructure;

namespace Alliance.Integration.Tests.SiteVisit;

/// <summary>Reviewers assigned through site-visit's own API: who reads which visit, and the events that count assignments.</summary>
public sealed class ReviewersTests(SystemFixture system)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Assignments_AReviewerReadsOnlyTheVisitsAssigned_LosesThemWhenTakenOff_AndEveryChangeIsCounted()
    {
        var data = new SiteVisitData(system);
        var alliance = await data.AllianceAsync();
        var visitId = await data.ScheduleIdAsync(alliance.Id);
        var otherVisitId = await data.ScheduleIdAsync(alliance.Id);
        var reviewer = await data.ReviewerAsync();
        var bystander = await data.ReviewerAsync();
        var reviewers = $"{SiteVisitData.Visits}/{visitId}/reviewers";

        using var beforeAssigned = await reviewer.Client.GetAsync($"{SiteVisitData.Visits}/{visitId}", Cancel);
        using var piIsNoReviewer = await data.Admin.PostAsJsonAsync(reviewers, new { reviewerUserName = alliance.Pi.UserName }, Cancel);
        using var nobody = await data.Admin.PostAsJsonAsync(reviewers, new { reviewerUserName = $"nobody-{Guid.NewGuid():N}" }, Cancel);
        using var byPi = await alliance.Pi.Client.PostAsJsonAsync(reviewers, new { reviewerUserName = reviewer.UserName }, Cancel);
        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity, HttpStatusCode.Forbidden],
            new[] { beforeAssigned, piIsNoReviewer, nobody, byPi }.Select(r => r.StatusCode));
        Assert.Equal(("not-a-reviewer", "reviewerUserName"), (await SiteVisitData.CodeAsync(piIsNoReviewer), await SiteVisitData.FieldsAsync(piIsNoReviewer)));

        var assigned = await data.AssignAsync(visitId, reviewer.UserName);
        Assert.Equal((1L, "not-started", "測試 reviewer"),
            (assigned.GetProperty("sequence").GetInt64(), assigned.GetProperty("formStatus").GetString(), assigned.GetProperty("displayName").GetString()));
        using var twice = await data.Admin.PostAsJsonAsync(reviewers, new { reviewerUserName = reviewer.UserName }, Cancel);
        Assert.Equal((HttpStatusCode.Conflict, "already-assigned"), (twice.StatusCode, await SiteVisitData.CodeAsync(twice)));

        using var assignedReads = await reviewer.Client.GetAsync($"{SiteVisitData.Visits}/{visitId}", Cancel);
        using var otherVisit = await reviewer.Client.GetAsync($"{SiteVisitData.Visits}/{otherVisitId}", Cancel);
        using var bystanderReads = await bystander.Client.GetAsync($"{SiteVisitData.Visits}/{visitId}", Cancel);
        using var piReads = await alliance.Pi.Client.GetAsync($"{SiteVisitData.Visits}/{visitId}", Cancel);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.OK],
            new[] { assignedReads, otherVisit, bystanderReads, piReads }.Select(r => r.StatusCode));
        Assert.Equal([visitId], await VisitIdsAsync(reviewer.Client));
        var mine = Assert.Single((await reviewer.Client.GetFromJsonAsync<JsonElement[]>($"{SiteVisitData.Visits}?year=108", Cancel))!);
        var pisView = (await alliance.Pi.Client.GetFromJsonAsync<JsonElement[]>($"{SiteVisitData.Visits}?year=108", Cancel))!.First(v => v.GetProperty("id").GetGuid() == visitId);
        Assert.Equal(("not-started", JsonValueKind.Null), (mine.GetProperty("myFormStatus").GetString(), pisView.GetProperty("myFormStatus").ValueKind));
        Assert.Empty(await VisitIdsAsync(bystander.Client));
        Assert.Equal(new[] { visitId, otherVisitId }.Order(), (await VisitIdsAsync(alliance.Pi.Client)).Order());
        var listed = (await alliance.Pi.Client.GetFromJsonAsync<JsonElement[]>(reviewers, Cancel))!;
        Assert.Equal([reviewer.UserName], listed.Select(r => r.GetProperty("reviewerUserName").GetString()));

        using var notAssigned = await data.Admin.DeleteAsync($"{reviewers}/{bystander.UserName}", Cancel);
        using var takenOff = await data.Admin.DeleteAsync($"{reviewers}/{reviewer.UserName}", Cancel);
        using var afterTakenOff = await reviewer.Client.GetAsync($"{SiteVisitData.Visits}/{visitId}", Cancel);
        using var takenOffAgain = await data.Admin.DeleteAsync($"{reviewers}/{reviewer.UserName}", Cancel);
        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NoContent, HttpStatusCode.Forbidden, HttpStatusCode.NotFound],
            new[] { notAssigned, takenOff, afterTakenOff, takenOffAgain }.Select(r => r.StatusCode));
        Assert.Empty(await VisitIdsAsync(reviewer.Client));

        Assert.Equal(3L, (await data.AssignAsync(visitId, reviewer.UserName)).GetProperty("sequence").GetInt64());
        using var backAgain = await reviewer.Client.GetAsync($"{SiteVisitData.Visits}/{visitId}", Cancel);
        Assert.Equal(HttpStatusCode.OK, backAgain.StatusCode);

        var events = (await data.EventsAsync("reviewerUserName", reviewer.UserName)).ToArray();
        Assert.Equal(["ReviewerAssigned", "ReviewerUnassigned", "ReviewerAssigned"], events.Select(e => e.Type));
        Assert.Equal([1L, 2L, 3L], events.Select(e => e.Payload.GetProperty("sequence").GetInt64()));
        Assert.All(events, e => Assert.Equal((visitId, alliance.Id, 108),
            (e.Payload.GetProperty("visitId").GetGuid(), e.Payload.GetProperty("allianceId").GetGuid(), e.Payload.GetProperty("year").GetInt32())));
        var history = (await data.Admin.GetFromJsonAsync<JsonElement[]>($"{SiteVisitData.Visits}/{visitId}/history", Cancel))!;
        Assert.Equal(["scheduled", "reviewer-assigned", "reviewer-unassigned", "reviewer-assigned"], history.Select(h => h.GetProperty("action").GetString()));
        await Eventually.Until(() => data.EventsSentAsync("reviewerUserName", reviewer.UserName), SiteVisitData.Patience, "the reviewer events to be published");
    }

    private static async Task<Guid[]> VisitIdsAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement[]>($"{SiteVisitData.Visits}?year=108", Cancel))!.Select(v => v.GetProperty("id").GetGuid()).ToArray();
}
