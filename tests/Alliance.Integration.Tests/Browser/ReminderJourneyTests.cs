using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Alliance.Integration.Tests.Infrastructure;
using Alliance.Integration.Tests.Reporting;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Alliance.Integration.Tests.Browser;

/// <summary>
/// Reminders in the browser: a PI's bell counts the reminders the centre sent, its link leads to the round's summary
/// and marks it read; the notification list marks one read; the centre reads the log, sends a round's reminders now and
/// moves the year's settings. Other tests may remind the same alliance of their own years meanwhile (every alliance owes
/// every open year), so the counts are compared with what the bell showed just before, never with fixed numbers.
/// </summary>
public sealed class ReminderJourneyTests(SystemFixture system, BrowserFixture browser)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Bell_PiRemindedOfTwoRounds_FollowsOnesLinkToItsSummary_TheCountGoesDown_AndTheListMarksTheOtherRead()
    {
        var data = new ReminderData(system);
        var year = (await ReportingYears.OpenFreshAsync(system)).GetProperty("year").GetInt32();
        var alliance = await ReportingAlliance.CreateAsync(system);
        var (progress, kpi) = ($"{year}-progress-1", $"{year}-kpi-1");
        await data.SendNowAsync(progress);
        await data.SendNowAsync(kpi);
        var unread = await alliance.Pi.GetFromJsonAsync<JsonElement[]>("/api/reporting/notifications?unread=true", Cancel);
        var progressId = IdOf(unread!, alliance, progress);
        var kpiId = IdOf(unread!, alliance, kpi);

        await using var pi = await UiSession.OpenAsync(browser, system, "reminder-pi");
        await pi.SignInAsync(alliance.PiUser.UserName, TestAccounts.StrongPassword);
        var bell = pi.Page.Locator("#notification-bell");
        await pi.Page.ClickAsync("#notification-bell-button");
        await Expect(pi.Page.Locator($"#notification-menu [data-notification-id='{progressId}']")).ToBeVisibleAsync();
        var before = await CountAsync(bell);
        Assert.True(before >= 2, $"the bell counts both reminders: {before}");
        await pi.ShotAsync("bell-open");

        await pi.Page.ClickAsync($"#notification-menu [data-notification-id='{progressId}']");
        await Expect(pi.Page).ToHaveURLAsync(new Regex($"/alliances/{alliance.Id}/summary\\?round={progress}$"));
        await Expect(pi.Page.Locator("#round")).ToHaveValueAsync(progress);
        await Expect(pi.Page.Locator("#alliance-heading")).ToContainTextAsync(alliance.Code);
        await Expect(bell).ToHaveAttributeAsync("data-unread", Number(before - 1));
        await pi.ShotAsync("followed-to-summary");

        // The list: the followed one read, the other unread until marked; the bell counts it.
        await pi.GoAsync("/notifications");
        var followed = pi.Page.Locator($"#notifications tr[data-notification-id='{progressId}']");
        var other = pi.Page.Locator($"#notifications tr[data-notification-id='{kpiId}']");
        await Expect(followed).ToHaveAttributeAsync("data-read", "true");
        await Expect(other).ToHaveAttributeAsync("data-read", "false");
        await Expect(other.Locator("a.notification-link")).ToHaveAttributeAsync("href", $"/alliances/{alliance.Id}/summary?round={kpi}");
        await Expect(bell).ToHaveAttributeAsync("data-unread", new Regex("^[0-9]+$"));
        var listed = await CountAsync(bell);
        await pi.Page.ClickAsync($"[data-mark-read='{kpiId}']");
        await Expect(other).ToHaveAttributeAsync("data-read", "true");
        await Expect(bell).ToHaveAttributeAsync("data-unread", Number(listed - 1));
        await pi.Page.ClickAsync("#filter-unread");
        await Expect(pi.Page.Locator("[data-filter='unread']")).ToBeVisibleAsync();
        await Expect(pi.Page.Locator($"[data-notification-id='{kpiId}']")).ToHaveCountAsync(0);
        await pi.ShotAsync("notifications-unread");

        var after = await alliance.Pi.GetFromJsonAsync<JsonElement[]>("/api/reporting/notifications", Cancel);
        Assert.All(after!.Where(n => n.GetProperty("id").GetGuid() == progressId || n.GetProperty("id").GetGuid() == kpiId),
            n => Assert.True(n.GetProperty("read").GetBoolean()));
    }

    [Fact]
    public async Task Reminders_CentreWithoutASecondFactorHasNoBell_ThenReadsTheSendsLogRow_SendsTheRoundAgainWithoutDoubling_AndMovesTheSettings_ToldOfAChangeMeanwhile()
    {
        var data = new ReminderData(system);
        var year = (await ReportingYears.OpenFreshAsync(system)).GetProperty("year").GetInt32();
        var alliance = await ReportingAlliance.CreateAsync(system);
        var round = $"{year}-progress-1";
        await data.SendNowAsync(round);

        var userName = TestAccounts.UniqueName("cen");
        var password = TestAccounts.NewPassword();
        await new TestAccounts(system).CreateAccountAsync(userName, password, ["centre-admin"]);
        await using var centre = await UiSession.OpenAsync(browser, system, "reminders-centre");
        await centre.SignInAsync(userName, password);
        // Until the second factor is enrolled the centre sees only the two-factor page: no bell in the bar.
        await centre.GoAsync("/account/two-factor");
        await Expect(centre.Page.Locator("#user-name")).ToBeVisibleAsync();
        await Expect(centre.Page.Locator("#bell-place")).ToHaveCountAsync(0);
        await centre.EnrolSecondFactorAsync();

        await centre.GoAsync($"/reporting/reminders?year={year}");
        await Expect(centre.Page.Locator("#bell-place #notification-bell")).ToHaveAttributeAsync("data-unread", new Regex("^[0-9]+$"));
        var row = centre.Page.Locator($"#reminder-log tr[data-log-user='{alliance.PiUser.UserName}']");
        await Expect(row).ToHaveAttributeAsync("data-round", round);
        await Expect(row).ToHaveAttributeAsync("data-alliance", alliance.Id.ToString());
        await Expect(row).ToHaveAttributeAsync("data-kind", "reminder");
        await Expect(row).ToHaveAttributeAsync("data-late", "false");
        await Expect(centre.Page.Locator("#reminder-settings")).ToHaveAttributeAsync("data-version", "0");
        await centre.ShotAsync("reminders-log");

        // Sent again now: confirmed first, the PI was already reminded today and keeps one row.
        await centre.Page.ClickAsync($"[data-send-now='{round}']");
        await Expect(centre.Page.Locator("#confirm-send-note")).ToHaveAttributeAsync("data-round", round);
        await centre.Page.ClickAsync("#confirm-send");
        var sent = centre.Page.Locator("#sent-now");
        await Expect(sent).ToHaveAttributeAsync("data-round", round);
        Assert.True(int.Parse((await sent.GetAttributeAsync("data-already-reminded"))!, CultureInfo.InvariantCulture) >= 1);
        await Expect(row).ToHaveCountAsync(1);

        // The days and hour move the schedule; a change made meanwhile is shown with a warning instead of overwritten.
        await centre.Page.FillAsync("#days-before", "10, 3");
        await centre.Page.FillAsync("#reminder-hour", "8");
        await centre.Page.ClickAsync("#save-reminder-settings");
        var settings = centre.Page.Locator("#reminder-settings");
        await Expect(settings).ToHaveAttributeAsync("data-version", "1");
        await Expect(settings).ToHaveAttributeAsync("data-days", "10, 3");
        var g = (year + 1911).ToString(CultureInfo.InvariantCulture);
        await Expect(centre.Page.Locator($"#reminder-schedule tr[data-deadline='progress-1'][data-day='{g}-05-05']")).ToHaveAttributeAsync("data-kind", "reminder");

        using var meanwhile = await system.Admin.PutAsJsonAsync($"/api/reporting/years/{year}/reminder-settings", new { daysBefore = new[] { 5 }, hour = 9, version = 1 }, Cancel);
        await ReportingAlliance.OkAsync(meanwhile);
        await centre.Page.FillAsync("#days-before", "10, 3, 1");
        await centre.Page.ClickAsync("#save-reminder-settings");
        await Expect(centre.Page.Locator("#stale")).ToBeVisibleAsync();
        await Expect(settings).ToHaveAttributeAsync("data-version", "2");
        await Expect(settings).ToHaveAttributeAsync("data-days", "5");
        await centre.ShotAsync("reminders-stale");
    }

    private static Guid IdOf(JsonElement[] notifications, ReportingAlliance alliance, string roundId) =>
        Assert.Single(notifications, n => n.GetProperty("roundId").GetString() == roundId && n.GetProperty("allianceId").GetString() == alliance.Id.ToString())
            .GetProperty("id").GetGuid();

    private static async Task<int> CountAsync(ILocator bell) =>
        int.Parse((await bell.GetAttributeAsync("data-unread"))!, CultureInfo.InvariantCulture);

    private static string Number(int count) => count.ToString(CultureInfo.InvariantCulture);
}
