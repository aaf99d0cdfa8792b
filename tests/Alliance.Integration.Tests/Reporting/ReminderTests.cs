using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Alliance.Integration.Tests.Infrastructure;
using MimeKit;

namespace Alliance.Integration.Tests.Reporting;

/// <summary>
/// Reminders through the gateway: the centre's send-now reaches the PI and approved assistants of the alliances that owe
/// a round, once a day however often or concurrently it is sent; the e-mail written to the folder; the notification
/// list and mark-read; the settings and the schedule.
/// </summary>
public sealed class ReminderTests(SystemFixture system)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendNow_ReachesThePeopleOfAlliancesThatOweTheRoundOnce_TheEmlAndTheNotificationNameAllianceRoundAndRocDate()
    {
        var data = new ReminderData(system);
        var year = (await ReportingYears.OpenFreshAsync(system)).GetProperty("year").GetInt32();
        var round = $"{year}-progress-1";
        var owing = await ReportingAlliance.CreateAsync(system);
        var submitted = await ReportingAlliance.CreateAsync(system);
        var assistant = await data.AssistantAsync(owing, approve: true);
        var pending = await data.AssistantAsync(owing, approve: false);
        await data.ApprovalKnownAsync(assistant.UserName);
        using var submit = await submitted.Pi.PostAsJsonAsync($"/api/reporting/alliances/{submitted.Id}/rounds/{round}/submit", new { version = 0 }, Cancel);
        await ReportingAlliance.OkAsync(submit);

        var first = await data.SendNowAsync(round);
        var second = await data.SendNowAsync(round);
        var log = await data.LogAsync(year);

        var owingRows = log.Where(r => r.GetProperty("allianceId").GetString() == owing.Id.ToString()).ToArray();
        Assert.Equal([(assistant.UserName, "in-app,e-mail", "sent"), (owing.PiUser.UserName, "in-app", (string?)null)],
            owingRows.Select(r => (r.GetProperty("userName").GetString()!, string.Join(',', r.GetProperty("channels").EnumerateArray().Select(c => c.GetString())),
                r.GetProperty("emailStatus").GetString())).OrderBy(r => r.Item2 == "in-app"));
        Assert.All(owingRows, r => Assert.Equal(("reminder", "progress-1", round, false), (r.GetProperty("kind").GetString(), r.GetProperty("deadline").GetString(),
            r.GetProperty("roundId").GetString(), r.GetProperty("late").GetBoolean())));
        Assert.DoesNotContain(log, r => r.GetProperty("allianceId").GetString() == submitted.Id.ToString());
        Assert.DoesNotContain(log, r => r.GetProperty("userName").GetString() == pending.UserName);
        Assert.True(first.GetProperty("reached").GetInt32() >= 2, first.ToString());
        // The owing alliance's two are already reminded today (the log keeps one row each, above). Not every one the first call
        // reached need be: other tests meanwhile withdraw assistants and end alliances, which then owe nothing.
        Assert.True(second.GetProperty("alreadyReminded").GetInt32() >= 2, $"{first} {second}");
        Assert.Equal(first.GetProperty("reached").GetInt32() + second.GetProperty("reached").GetInt32(), log.Length);

        var message = await MimeMessage.LoadAsync(await data.EmlToAsync(assistant.Email), Cancel);
        var rocDeadline = $"{year}/05/15";
        Assert.Equal(assistant.Email, message.To.Mailboxes.Single().Address);
        Assert.EndsWith("@reporting.alliance", message.MessageId, StringComparison.Ordinal);
        Assert.Contains(round, message.Subject, StringComparison.Ordinal);
        var body = message.TextBody ?? "";
        Assert.Contains($"聯盟：{owing.Code} 預期成果測試聯盟", body, StringComparison.Ordinal);
        Assert.Contains($"填報期別：{round}　截止日：{rocDeadline}", body, StringComparison.Ordinal);
        Assert.Contains($"/alliances/{owing.Id}/summary?round={round}", body, StringComparison.Ordinal);
        Assert.True(body.IndexOf(rocDeadline, StringComparison.Ordinal) < body.IndexOf("Deadline:", StringComparison.Ordinal));

        // The PI's bell: the reminder, in Chinese by default, marked read once.
        var unread = await owing.Pi.GetFromJsonAsync<JsonElement[]>("/api/reporting/notifications?unread=true", Cancel);
        var notification = Assert.Single(unread!, n => n.GetProperty("roundId").GetString() == round);
        Assert.Equal(($"/alliances/{owing.Id}/summary?round={round}", "reminder", false), (notification.GetProperty("link").GetString(),
            notification.GetProperty("kind").GetString(), notification.GetProperty("read").GetBoolean()));
        Assert.Contains(rocDeadline, notification.GetProperty("title").GetString(), StringComparison.Ordinal);
        var id = notification.GetProperty("id").GetGuid();
        using var othersRead = await submitted.Pi.PostAsync($"/api/reporting/notifications/{id}/read", null, Cancel);
        var read = await ReportingAlliance.OkAsync(await owing.Pi.PostAsync($"/api/reporting/notifications/{id}/read", null, Cancel));
        var unreadAfter = await owing.Pi.GetFromJsonAsync<JsonElement[]>("/api/reporting/notifications?unread=true", Cancel);
        using var english = new HttpRequestMessage(HttpMethod.Get, "/api/reporting/notifications");
        english.Headers.AcceptLanguage.ParseAdd("en");
        using var englishResponse = await owing.Pi.SendAsync(english, Cancel);
        var all = await englishResponse.Content.ReadFromJsonAsync<JsonElement[]>(Cancel);

        Assert.Equal(HttpStatusCode.NotFound, othersRead.StatusCode);
        Assert.True(read.GetProperty("read").GetBoolean());
        Assert.DoesNotContain(unreadAfter!, n => n.GetProperty("id").GetGuid() == id);
        Assert.Contains($"is due on {year + 1911}-05-15", Assert.Single(all!, n => n.GetProperty("id").GetGuid() == id).GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendNow_TwoAtOnce_RecordEachReminderOnce()
    {
        var data = new ReminderData(system);
        var year = (await ReportingYears.OpenFreshAsync(system)).GetProperty("year").GetInt32();
        var owing = await ReportingAlliance.CreateAsync(system);
        var assistant = await data.AssistantAsync(owing, approve: true);
        await data.ApprovalKnownAsync(assistant.UserName);

        var both = await Task.WhenAll(data.SendNowAsync($"{year}-kpi-1"), data.SendNowAsync($"{year}-kpi-1"));
        var log = await data.LogAsync(year);

        Assert.Equal(2, log.Count(r => r.GetProperty("allianceId").GetString() == owing.Id.ToString()));
        Assert.Equal(log.Length, both.Sum(r => r.GetProperty("reached").GetInt32()));
        Assert.Equal(log.Length, log.Select(r => (r.GetProperty("userName").GetString(), r.GetProperty("allianceId").GetString())).Distinct().Count());
    }

    [Fact]
    public async Task ReminderSettings_DefaultsThenTheCentresChange_MoveTheSchedule_BadValuesStaleVersionsAndClosedYearsRefused()
    {
        var year = (await ReportingYears.OpenFreshAsync(system)).GetProperty("year").GetInt32();
        var path = $"/api/reporting/years/{year}/reminder-settings";
        var defaults = await system.Admin.GetFromJsonAsync<JsonElement>(path, Cancel);
        using var badHour = await Put(path, new JsonObject { ["daysBefore"] = new JsonArray(3), ["hour"] = 24, ["version"] = 0 });
        using var badDays = await Put(path, new JsonObject { ["daysBefore"] = new JsonArray(3, 3), ["hour"] = 8, ["version"] = 0 });
        var changed = await ReportingAlliance.OkAsync(await Put(path, new JsonObject { ["daysBefore"] = new JsonArray(1, 3), ["hour"] = 8, ["version"] = 0 }));
        using var stale = await Put(path, new JsonObject { ["daysBefore"] = new JsonArray(5), ["hour"] = 8, ["version"] = 0 });
        var schedule = await system.Admin.GetFromJsonAsync<JsonElement>($"/api/reporting/reminders/schedule?year={year}", Cancel);
        var history = await system.Admin.GetFromJsonAsync<JsonElement>($"/api/reporting/years/{year}/history", Cancel);

        Assert.Equal("[14,7,1] 9 0", $"{defaults.GetProperty("daysBefore")} {defaults.GetProperty("hour")} {defaults.GetProperty("version")}");
        Assert.Equal("400 invalid hour", await ReportingAlliance.RefusalAsync(badHour));
        Assert.Equal("400 invalid daysBefore", await ReportingAlliance.RefusalAsync(badDays));
        Assert.Equal("[3,1] 8 1", $"{changed.GetProperty("daysBefore")} {changed.GetProperty("hour")} {changed.GetProperty("version")}");
        Assert.Equal("409 stale-version", await ReportingAlliance.RefusalAsync(stale));
        var progress = schedule.GetProperty("firings").EnumerateArray().Where(f => f.GetProperty("deadline").GetString() == "progress-1").Take(3)
            .Select(f => $"{f.GetProperty("day").GetString()} {f.GetProperty("kind").GetString()} {f.GetProperty("at").GetDateTimeOffset():yyyy-MM-ddTHH:mmzzz}");
        var g = year + 1911;
        Assert.Equal([$"{g}-05-12 reminder {g}-05-12T08:00+08:00", $"{g}-05-14 reminder {g}-05-14T08:00+08:00", $"{g}-05-16 overdue {g}-05-16T08:00+08:00"], progress);
        Assert.NotEqual(JsonValueKind.Null, schedule.GetProperty("nextRun").ValueKind);
        Assert.Contains(history.EnumerateArray(), e => e.GetProperty("action").GetString() == "reminder-settings-changed");

        using var close = await system.Admin.PostAsJsonAsync($"/api/reporting/years/{year}/close", new { version = (await system.Admin.GetFromJsonAsync<JsonElement>($"/api/reporting/years/{year}", Cancel)).GetProperty("version").GetInt64() }, Cancel);
        close.EnsureSuccessStatusCode();
        using var closedChange = await Put(path, new JsonObject { ["daysBefore"] = new JsonArray(5), ["hour"] = 8, ["version"] = 1 });
        using var closedSend = await system.Admin.PostAsync($"/api/reporting/reminders/{year}-kpi-1/send-now", null, Cancel);
        Assert.Equal("409 year-closed", await ReportingAlliance.RefusalAsync(closedChange));
        Assert.Equal("409 year-closed", await ReportingAlliance.RefusalAsync(closedSend));
    }

    private async Task<HttpResponseMessage> Put(string path, JsonObject body) =>
        await system.Admin.PutAsJsonAsync(path, body, Cancel);
}
