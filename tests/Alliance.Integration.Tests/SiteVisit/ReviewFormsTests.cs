using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.Infrastructure;

namespace Alliance.Integration.Tests.SiteVisit;

/// <summary>Review forms through the gateway: drafts kept as typed, one whole submission, others' forms only after one's own, a completed visit.</summary>
public sealed class ReviewFormsTests(SystemFixture system)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Forms_DraftKeptAsTyped_SubmittedOnceWhole_OthersFormsReadOnlyAfterOnesOwn_UntilTheVisitIsCompleted()
    {
        var data = new SiteVisitData(system);
        var alliance = await data.AllianceAsync();
        var visitId = await data.ScheduleIdAsync(alliance.Id);
        var (first, second, late) = (await data.ReviewerAsync(), await data.ReviewerAsync(), await data.ReviewerAsync());
        foreach (var reviewer in new[] { first, second, late })
        {
            await data.AssignAsync(visitId, reviewer.UserName);
        }

        var forms = $"{SiteVisitData.Visits}/{visitId}/forms";
        var points = await first.Client.GetFromJsonAsync<JsonElement[]>("/api/site-visits/review-points", Cancel);
        Assert.Equal(SiteVisitData.Points, points!.Select(p => p.GetProperty("code").GetString()));
        var blank = await first.Client.GetFromJsonAsync<JsonElement>($"{forms}/mine", Cancel);
        Assert.Equal((0L, "draft"), (blank.GetProperty("version").GetInt64(), blank.GetProperty("status").GetString()));
        Assert.Equal(SiteVisitData.Points, blank.GetProperty("scores").EnumerateArray().Select(s => s.GetProperty("point").GetString()));
        Assert.All(blank.GetProperty("scores").EnumerateArray(), s => Assert.Equal(JsonValueKind.Null, s.GetProperty("score").ValueKind));

        // Half a form, in any order, then back to it.
        object Half(long version) => new
        {
            scores = new object[] { new { point = "sustainability", score = 3, comment = "模式尚待建立" }, new { point = "time-split", score = 4 } },
            overallComment = "尚未填完", version,
        };
        using var saved = await first.Client.PutAsJsonAsync($"{forms}/mine", Half(0), Cancel);
        using var staleStart = await first.Client.PutAsJsonAsync($"{forms}/mine", Half(0), Cancel);
        using var outOfRange = await first.Client.PutAsJsonAsync($"{forms}/mine", new { scores = new[] { new { point = "time-split", score = 6 } }, version = 1 }, Cancel);
        using var repeated = await first.Client.PutAsJsonAsync($"{forms}/mine",
            new { scores = new[] { new { point = "time-split", score = 2 }, new { point = "time-split", score = 3 } }, version = 1 }, Cancel);
        using var unknownPoint = await first.Client.PutAsJsonAsync($"{forms}/mine", new { scores = new[] { new { point = "core-technology-use", score = 2 } }, version = 1 }, Cancel);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest],
            new[] { saved, staleStart, outOfRange, repeated, unknownPoint }.Select(r => r.StatusCode));
        Assert.Equal(("scores[0].score", "scores[1].point", "scores[0].point"),
            (await SiteVisitData.FieldsAsync(outOfRange), await SiteVisitData.FieldsAsync(repeated), await SiteVisitData.FieldsAsync(unknownPoint)));
        var draft = await first.Client.GetFromJsonAsync<JsonElement>($"{forms}/mine", Cancel);
        Assert.Equal((1L, "尚未填完"), (draft.GetProperty("version").GetInt64(), draft.GetProperty("overallComment").GetString()));
        Assert.Equal([4, null, null, null, 3], draft.GetProperty("scores").EnumerateArray().Select(s => s.GetProperty("score").ValueKind == JsonValueKind.Null ? (int?)null : s.GetProperty("score").GetInt32()));
        Assert.Equal("模式尚待建立", draft.GetProperty("scores")[4].GetProperty("comment").GetString());

        using var incomplete = await first.Client.PostAsJsonAsync($"{forms}/mine/submit", new { version = 1 }, Cancel);
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "form-incomplete"), (incomplete.StatusCode, await SiteVisitData.CodeAsync(incomplete)));
        Assert.Equal("recommendation scores[1].score scores[2].score scores[3].score", await SiteVisitData.FieldsAsync(incomplete));

        await SiteVisitData.SubmitAsync(second.Client, visitId, 5, 5, 4, 4, 3);
        using var beforeOwn = await first.Client.GetAsync(forms, Cancel);
        using var byPi = await alliance.Pi.Client.GetAsync(forms, Cancel);
        using var piMine = await alliance.Pi.Client.GetAsync($"{forms}/mine", Cancel);
        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], new[] { beforeOwn, byPi, piMine }.Select(r => r.StatusCode));

        using var whole = await first.Client.PutAsJsonAsync($"{forms}/mine", SiteVisitData.Form([4, 4, 4, 4, 3], 1, "outstanding-candidate"), Cancel);
        using var submitted = await first.Client.PostAsJsonAsync($"{forms}/mine/submit", new { version = 2 }, Cancel);
        using var again = await first.Client.PostAsJsonAsync($"{forms}/mine/submit", new { version = 3 }, Cancel);
        using var editAfter = await first.Client.PutAsJsonAsync($"{forms}/mine", SiteVisitData.Form([1, 1, 1, 1, 1], 3), Cancel);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Conflict, HttpStatusCode.Conflict],
            new[] { whole, submitted, again, editAfter }.Select(r => r.StatusCode));
        Assert.Equal(("form-submitted", "form-submitted"), (await SiteVisitData.CodeAsync(again), await SiteVisitData.CodeAsync(editAfter)));
        var mine = await submitted.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal(("submitted", 19, "outstanding-candidate"),
            (mine.GetProperty("status").GetString(), mine.GetProperty("total").GetInt32(), mine.GetProperty("recommendation").GetString()));

        // Both submitted: 21 and 19. The late reviewer's draft never counts.
        await late.Client.PutAsJsonAsync($"{forms}/mine", Half(0), Cancel);
        async Task<string?> MyFormStatusAsync(HttpClient reviewer) =>
            (await reviewer.GetFromJsonAsync<JsonElement[]>($"{SiteVisitData.Visits}?year=108", Cancel))!
            .Single(v => v.GetProperty("id").GetGuid() == visitId).GetProperty("myFormStatus").GetString();
        Assert.Equal(("submitted", "draft"), (await MyFormStatusAsync(first.Client), await MyFormStatusAsync(late.Client)));
        foreach (var reader in new[] { first.Client, data.Admin })
        {
            var read = await reader.GetFromJsonAsync<JsonElement>(forms, Cancel);
            Assert.Equal(new[] { first.UserName, second.UserName }.Order(StringComparer.Ordinal),
                read.GetProperty("forms").EnumerateArray().Select(f => f.GetProperty("reviewerUserName").GetString()!).Order(StringComparer.Ordinal));
            Assert.All(read.GetProperty("forms").EnumerateArray(), f => Assert.Equal("測試 reviewer", f.GetProperty("reviewerDisplayName").GetString()));
            var averages = read.GetProperty("averages");
            Assert.Equal((20m, 2), (averages.GetProperty("averageTotal").GetDecimal(), averages.GetProperty("submittedForms").GetInt32()));
            Assert.Equal([4.5m, 4.5m, 4m, 4m, 3m], averages.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("average").GetDecimal()));
        }

        using var staleComplete = await data.Admin.PostAsJsonAsync($"{SiteVisitData.Visits}/{visitId}/complete", new { version = 0 }, Cancel);
        using var completed = await data.Admin.PostAsJsonAsync($"{SiteVisitData.Visits}/{visitId}/complete", new { version = 1 }, Cancel);
        using var lateSave = await late.Client.PutAsJsonAsync($"{forms}/mine", Half(1), Cancel);
        using var lateSubmit = await late.Client.PostAsJsonAsync($"{forms}/mine/submit", new { version = 1 }, Cancel);
        using var assignAfter = await data.Admin.PostAsJsonAsync($"{SiteVisitData.Visits}/{visitId}/reviewers", new { reviewerUserName = first.UserName }, Cancel);
        using var completeAgain = await data.Admin.PostAsJsonAsync($"{SiteVisitData.Visits}/{visitId}/complete", new { version = 2 }, Cancel);
        Assert.Equal([HttpStatusCode.Conflict, HttpStatusCode.OK, HttpStatusCode.Conflict, HttpStatusCode.Conflict, HttpStatusCode.Conflict, HttpStatusCode.Conflict],
            new[] { staleComplete, completed, lateSave, lateSubmit, assignAfter, completeAgain }.Select(r => r.StatusCode));
        Assert.Equal(["stale-version", "visit-completed", "visit-completed", "visit-completed", "visit-completed"],
            await SiteVisitData.CodesAsync(staleComplete, lateSave, lateSubmit, assignAfter, completeAgain));
        Assert.Equal("completed", (await completed.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("status").GetString());

        var completion = (await data.EventsAsync("visitId", visitId.ToString())).Single(e => e.Type == "SiteVisitCompleted").Payload;
        Assert.Equal((2, 20m, 2L), (completion.GetProperty("submittedForms").GetInt32(), completion.GetProperty("averageTotal").GetDecimal(), completion.GetProperty("version").GetInt64()));
    }
}
