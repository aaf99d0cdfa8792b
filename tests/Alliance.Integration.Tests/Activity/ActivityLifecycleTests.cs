using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.Infrastructure;

namespace Alliance.Integration.Tests.Activity;

/// <summary>Corrections and voids with their reasons, history and events; stale versions; records found only where they belong.</summary>
public sealed class ActivityLifecycleTests(SystemFixture system)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CorrectAndVoid_KeepReasonsHistoryAndPublishedEvents_StaleIs409_AndAVoidedRecordCannotChange()
    {
        var alliance = await ActivityAlliance.CreateAsync(system);
        var member = await alliance.AddFirmAsync(("2019-01-01", "2019-12-31"));
        var recorded = await alliance.RecordOkAsync(alliance.Consultations, ActivityBodies.Service(member, hours: 3m));
        var id = recorded.GetProperty("id").GetGuid();
        var path = $"{alliance.Consultations}/{id}";
        Assert.Equal(("accepted", 1L), (recorded.GetProperty("status").GetString(), recorded.GetProperty("version").GetInt64()));

        object Correction(decimal hours, long version) => new { year = 108, date = "2019-05-01", memberId = member, topic = "製程改善諮詢", hours, version, reason = "時數更正" };
        using var corrected = await alliance.Pi.PutAsJsonAsync(path, Correction(4.5m, 1), Cancel);
        using var stale = await alliance.Pi.PutAsJsonAsync(path, Correction(9m, 1), Cancel);
        using var withoutVersion = await alliance.Pi.PostAsJsonAsync($"{path}/void", new { reason = "重複登錄" }, Cancel);
        using var staleVoid = await alliance.Pi.PostAsJsonAsync($"{path}/void", new { reason = "重複登錄", version = 1 }, Cancel);
        using var voided = await alliance.Pi.PostAsJsonAsync($"{path}/void", new { reason = "重複登錄", version = 2 }, Cancel);
        using var correctAfterVoid = await alliance.Pi.PutAsJsonAsync(path, Correction(1m, 3), Cancel);
        using var voidAgain = await alliance.Pi.PostAsJsonAsync($"{path}/void", new { reason = "再作廢", version = 3 }, Cancel);

        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.Conflict, HttpStatusCode.BadRequest, HttpStatusCode.Conflict, HttpStatusCode.OK,
             HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity],
            new[] { corrected, stale, withoutVersion, staleVoid, voided, correctAfterVoid, voidAgain }.Select(r => r.StatusCode));
        Assert.Equal(("stale-version", "activity-voided"), (await CodeAsync(stale), await CodeAsync(correctAfterVoid)));
        var entry = await alliance.GetAsync(alliance.Consultations, id);
        Assert.Equal(("voided", 4.5m, "時數更正", "重複登錄", 3L),
            (entry.GetProperty("status").GetString(), entry.GetProperty("hours").GetDecimal(), entry.GetProperty("correctionReason").GetString(),
             entry.GetProperty("voidReason").GetString(), entry.GetProperty("version").GetInt64()));

        var history = await alliance.Pi.GetFromJsonAsync<JsonElement[]>($"{path}/history", Cancel);
        Assert.Equal(["recorded", "corrected", "voided"], history!.Select(h => h.GetProperty("action").GetString()));
        Assert.Equal((3m, 4.5m), (history![1].GetProperty("before").GetProperty("hours").GetDecimal(), history[1].GetProperty("after").GetProperty("hours").GetDecimal()));
        Assert.Equal(alliance.PiUser.UserName, history[0].GetProperty("actor").GetString());

        var events = await alliance.EventsOfAsync(id);
        Assert.Equal(["ActivityRecorded", "ActivityCorrected", "ActivityVoided"], events.Select(e => e.Type));
        var state = events[0].Payload.GetProperty("activity");
        Assert.Equal((alliance.Id, 108, "consultations", "2019-05-01", 1m, "accepted", 1L),
            (state.GetProperty("allianceId").GetGuid(), state.GetProperty("year").GetInt32(), state.GetProperty("kpi").GetString(), state.GetProperty("date").GetString(),
             state.GetProperty("figure").GetDecimal(), state.GetProperty("status").GetString(), state.GetProperty("version").GetInt64()));
        Assert.Equal(("voided", "重複登錄"), (events[2].Payload.GetProperty("activity").GetProperty("status").GetString(), events[2].Payload.GetProperty("reason").GetString()));
        await Eventually.Until(() => alliance.EventsOfSentAsync(id), ActivityAlliance.Patience, "activity's events of the record to be published");
        Assert.Equal(0m, ActivityAlliance.Figure(await alliance.SummaryAsync("year=108"), "consultations"));
    }

    [Fact]
    public async Task Event_CorrectedOrVoided_TheOtherKindIsRefusedWhileItStands_AndAcceptedOnceVoided()
    {
        var alliance = await ActivityAlliance.CreateAsync(system);
        var seminar = await alliance.RecordOkAsync(alliance.Events, ActivityBodies.Event(kind: "seminar", title: "AI 應用研討會"));
        var promotion = await alliance.RecordOkAsync(alliance.Events, ActivityBodies.Event(kind: "promotion", title: "聯盟招募說明會"));
        var promotionId = promotion.GetProperty("id").GetGuid();

        // Renaming the promotion to the seminar's title makes it the same event as the other kind.
        var rename = JsonSerializer.SerializeToNode(ActivityBodies.Event(kind: "promotion", title: "AI 應用研討會"))!.AsObject();
        rename["version"] = 1;
        rename["reason"] = "更名";
        using var refused = await alliance.Pi.PutAsJsonAsync($"{alliance.Events}/{promotionId}", rename, Cancel);
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "event-recorded-as-other-kind"), (refused.StatusCode, await CodeAsync(refused)));

        using var voided = await alliance.Pi.PostAsJsonAsync($"{alliance.Events}/{seminar.GetProperty("id").GetGuid()}/void", new { reason = "誤植類別", version = 1 }, Cancel);
        Assert.Equal(HttpStatusCode.OK, voided.StatusCode);
        using var renamed = await alliance.Pi.PutAsJsonAsync($"{alliance.Events}/{promotionId}", rename, Cancel);
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);

        var promotions = await alliance.ListAsync($"{alliance.Events}?year=108&kind=promotion");
        Assert.Equal(("AI 應用研討會", 2L), (Assert.Single(promotions).GetProperty("title").GetString(), promotions[0].GetProperty("version").GetInt64()));
        Assert.Equal(["voided"], (await alliance.ListAsync($"{alliance.Events}?year=108&kind=seminar")).Select(e => e.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Records_AreFoundOnlyUnderTheirOwnPathAndAlliance_UnknownOnesAre404()
    {
        var alliance = await ActivityAlliance.CreateAsync(system);
        var guidance = await alliance.RecordOkAsync(alliance.Guidance, ActivityBodies.Service(Guid.NewGuid()));
        var id = guidance.GetProperty("id").GetGuid();

        using var asConsultation = await alliance.Pi.GetAsync($"{alliance.Consultations}/{id}", Cancel);
        using var asOutcomeHistory = await alliance.Pi.GetAsync($"{alliance.Outcomes}/{id}/history", Cancel);
        using var voidAsEvent = await alliance.Pi.PostAsJsonAsync($"{alliance.Events}/{id}/void", new { reason = "x", version = 1 }, Cancel);
        using var unknown = await alliance.Pi.GetAsync($"{alliance.Guidance}/{Guid.NewGuid()}", Cancel);
        using var unknownAlliance = await system.Admin.GetAsync($"/api/activity/alliances/{Guid.NewGuid()}/summary?year=108", Cancel);
        using var found = await alliance.Pi.GetAsync($"{alliance.Guidance}/{id}", Cancel);

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.OK],
            new[] { asConsultation, asOutcomeHistory, voidAsEvent, unknown, unknownAlliance, found }.Select(r => r.StatusCode));
        Assert.Equal(("pending", "member-not-yet-known"), (guidance.GetProperty("status").GetString(), guidance.GetProperty("reason").GetString()));
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("code").GetString();
}
