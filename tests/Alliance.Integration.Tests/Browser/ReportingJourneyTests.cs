using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Alliance.Integration.Tests.Infrastructure;
using Alliance.Integration.Tests.Reporting;
using Alliance.Integration.Tests.Revenue;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Alliance.Integration.Tests.Browser;

/// <summary>The reporting pages in the browser: the targets' round trip between a PI and the centre, the centre's calendar, and a PI's summary table.</summary>
public sealed class ReportingJourneyTests(SystemFixture system, BrowserFixture browser)
{
    private const int Year = ReportingYears.Future;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Targets_PiSubmits_CentreReturnsOneWithANote_PiCorrectsAndResubmits_CentreApproves()
    {
        await ReportingYears.EnsureOpenAsync(system, Year);
        var alliance = await ReportingAlliance.CreateAsync(system);
        var targets = $"/alliances/{alliance.Id}/targets?year={Year}";
        await using var pi = await UiSession.OpenAsync(browser, system, "targets-pi");
        await pi.SignInAsync(alliance.PiUser.UserName, TestAccounts.StrongPassword);

        await pi.GoAsync(targets);
        await Expect(pi.Page.Locator("#targets-state")).ToHaveAttributeAsync("data-status", "not-started");
        await pi.Page.FillAsync("#proposal-firm-members", "10");
        await FillFirmAsync(pi, total: 12);
        foreach (var kpi in TargetBodies.Kpis.Skip(1))
        {
            await pi.Page.FillAsync($"#target-{kpi}", "5");
        }

        // 12 is below the proposal's 10 + 3: the refusal stands beside the firm members' total, the targets saved as a draft.
        await pi.Page.ClickAsync("#submit-targets");
        await Expect(pi.Page.Locator("#targets .field-error[data-field='targets.firm-members.total']")).ToContainTextAsync("計畫書原訂目標加 3");
        await Expect(pi.Page.Locator("#targets-state")).ToHaveAttributeAsync("data-status", "draft");
        await pi.ShotAsync("below-proposal-refused");
        await FillFirmAsync(pi, total: 13);
        await pi.Page.ClickAsync("#submit-targets");
        await Expect(pi.Page.Locator("#targets-state")).ToHaveAttributeAsync("data-status", "submitted");

        await using (var centre = await CentreAsync("targets-centre"))
        {
            await centre.GoAsync(targets);
            await Expect(centre.Page.Locator("#targets-state")).ToHaveAttributeAsync("data-status", "submitted");
            await centre.Page.FillAsync("#note-patents", "專利目標請依期中審查意見調高。");
            await centre.Page.ClickAsync("#return-targets");
            await Expect(centre.Page.Locator("#targets-state")).ToHaveAttributeAsync("data-status", "returned");
        }

        await pi.GoAsync(targets);
        await Expect(pi.Page.Locator("#targets [data-note=patents]")).ToHaveTextAsync("專利目標請依期中審查意見調高。");
        await Expect(pi.Page.Locator("#target-patents")).ToHaveValueAsync("5");
        await pi.Page.FillAsync("#target-patents", "8");
        await pi.Page.ClickAsync("#submit-targets");
        await Expect(pi.Page.Locator("#targets-state")).ToHaveAttributeAsync("data-status", "submitted");
        await pi.ShotAsync("resubmitted");

        await using (var centre = await CentreAsync("targets-approve"))
        {
            await centre.GoAsync(targets);
            await centre.Page.ClickAsync("#approve-targets");
            await Expect(centre.Page.Locator("#targets-state")).ToHaveAttributeAsync("data-status", "approved");
        }

        var approved = await alliance.GetTargetsAsync(Year);
        Assert.Equal(("approved", 10, 13, 8m), (approved.GetProperty("status").GetString(), approved.GetProperty("proposalFirmMembers").GetInt32(),
            approved.GetProperty("targets").GetProperty("firm-members").GetProperty("total").GetInt32(), approved.GetProperty("targets").GetProperty("patents").GetDecimal()));
        var history = await alliance.Pi.GetFromJsonAsync<JsonElement[]>($"{alliance.Targets(Year)}/history", Cancel);
        Assert.Equal(["saved", "saved", "submitted", "returned", "saved", "submitted", "approved"], history!.Select(h => h.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task Calendar_CentreOpensAYear_EditsADeadline_IsToldOfAnotherChange_AndClosesIt()
    {
        var year = ReportingYears.Fresh();
        var gregorian = year + 1911;
        await using var centre = await CentreAsync("calendar");

        await centre.GoAsync("/reporting/years");
        await centre.Page.FillAsync("#open-year", year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await centre.Page.ClickAsync("#open-year-button");
        await Expect(centre.Page.Locator("#year-shown")).ToHaveAttributeAsync("data-status", "open");
        await Expect(centre.Page.Locator($"#years [data-year='{year}']")).ToHaveAttributeAsync("data-status", "open");
        await Expect(centre.Page.Locator($"#rounds [data-round='{year}-kpi-2'] .round-period")).ToHaveTextAsync($"{year}/11/01 – {year + 1}/01/31");

        await centre.Page.FillAsync("#deadline-targets", $"{gregorian}-04-20");
        await centre.Page.ClickAsync("#save-deadlines");
        await Expect(centre.Page.Locator("#year-shown")).ToHaveAttributeAsync("data-version", "2");
        await centre.Page.ClickAsync("#year-history-button");
        await Expect(centre.Page.Locator("#year-history [data-changed=targets] .history-after")).ToHaveTextAsync($"{year}/04/20");
        await centre.ShotAsync("deadline-changed");

        // Someone else changes the year meanwhile: this page's save is refused, the year reloaded and the user told.
        using (var other = await system.Admin.PutAsJsonAsync($"/api/reporting/years/{year}",
            new JsonObject { ["deadlines"] = new JsonObject { ["website"] = $"{gregorian}-05-05" }, ["version"] = 2 }, Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        }

        await centre.Page.FillAsync("#deadline-kpi-1", $"{gregorian}-11-05");
        await centre.Page.ClickAsync("#save-deadlines");
        await Expect(centre.Page.Locator("#stale")).ToBeVisibleAsync();
        await Expect(centre.Page.Locator("#year-shown")).ToHaveAttributeAsync("data-version", "3");
        await Expect(centre.Page.Locator("#deadline-website")).ToHaveValueAsync($"{gregorian}-05-05");
        await Expect(centre.Page.Locator("#deadline-kpi-1")).ToHaveValueAsync($"{gregorian}-10-31");

        await centre.Page.ClickAsync("#close-year");
        await Expect(centre.Page.Locator("#confirm-close-note")).ToContainTextAsync("結案後");
        await centre.Page.ClickAsync("#confirm-close");
        await Expect(centre.Page.Locator("#year-shown")).ToHaveAttributeAsync("data-status", "closed");
        await Expect(centre.Page.Locator("#save-deadlines")).ToHaveCountAsync(0);

        var shown = await system.Admin.GetFromJsonAsync<JsonElement>($"/api/reporting/years/{year}", Cancel);
        Assert.Equal(("closed", $"{gregorian}-04-20", $"{gregorian}-05-05", $"{gregorian}-10-31"),
            (shown.GetProperty("status").GetString(), shown.GetProperty("deadlines").GetProperty("targets").GetString(),
             shown.GetProperty("deadlines").GetProperty("website").GetString(), shown.GetProperty("deadlines").GetProperty("kpi-1").GetString()));
    }

    [Fact]
    public async Task Summary_PiOpensARoundWithMembersAndAnIncome_SeesTheCountedFiguresAndTheRecordsBehindThem()
    {
        var alliance = await ReportingAlliance.CreateAsync(system);
        var counted = await ReportingPagesData.AddMemberAsync(alliance, "臺南市", paid: true);
        var noContract = await ReportingPagesData.AddMemberAsync(alliance, "花蓮縣", paid: null);
        await RevenueAlliance.WaitForMemberCopyAsync(system, counted, 2);
        Guid fee;
        using (var recorded = await alliance.Pi.PostAsJsonAsync($"/api/revenue/alliances/{alliance.Id}/incomes", IncomeBodies.Fee(counted, "2019-05-20", 100_000m), Cancel))
        {
            Assert.True(recorded.StatusCode == HttpStatusCode.Created, await recorded.Content.ReadAsStringAsync(Cancel));
            fee = (await recorded.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetGuid();
        }

        // Reporting learns of them by events: wait until its table counts them before opening the page.
        var summary = $"/api/reporting/alliances/{alliance.Id}/rounds/108-progress-2/summary";
        await Eventually.Until(() => alliance.Pi.GetFromJsonAsync<JsonElement>(summary, Cancel), table =>
            table.GetProperty("rows")[0].GetProperty("actual").GetProperty("total").GetInt32() == 1
            && table.GetProperty("rows")[3].GetProperty("actual").GetProperty("amount").GetDecimal() == 100_000m,
            TimeSpan.FromSeconds(60), "reporting's copies to hold the member and the fee");
        await using var pi = await UiSession.OpenAsync(browser, system, "summary-pi");
        await pi.SignInAsync(alliance.PiUser.UserName, TestAccounts.StrongPassword);

        await pi.GoAsync($"/alliances/{alliance.Id}/members");
        await pi.Page.ClickAsync("#alliance-summary");
        // The members page has a year picker too: choose the year once the summary's own round picker is there.
        await Expect(pi.Page.Locator("#round")).ToBeVisibleAsync();
        await pi.Page.SelectOptionAsync("#year", "108");
        await pi.Page.SelectOptionAsync("#round", "108-progress-2");
        await Expect(pi.Page.Locator("#summary")).ToHaveAttributeAsync("data-round", "108-progress-2");
        await Expect(pi.Page.Locator("#amounts-unit")).ToContainTextAsync("仟元");
        await Expect(pi.Page.Locator("[data-actual=firm-members] .figure-main")).ToHaveTextAsync("1");
        await Expect(pi.Page.Locator("[data-actual=firm-members] .figure-detail")).ToContainTextAsync("(1)總會員數: 1家 (2)收費會員: 1家");
        await Expect(pi.Page.Locator("[data-actual=recurring-operating-revenue] .figure-main")).ToHaveTextAsync("100");
        await pi.ShotAsync("summary-quarterly");

        await pi.Page.ClickAsync("[data-open-records=firm-members]");
        await Expect(pi.Page.Locator($"#records [data-record='{counted}']")).ToHaveAttributeAsync("data-counts", "true");
        await Expect(pi.Page.Locator($"#records [data-record='{noContract}']")).ToHaveAttributeAsync("data-counts", "false");
        await Expect(pi.Page.Locator($"#records [data-record='{noContract}'] .why")).ToHaveTextAsync("沒有會員合約");
        await Expect(pi.Page.Locator($"#records [data-record-link='{counted}']")).ToHaveAttributeAsync("href", $"/alliances/{alliance.Id}/members/{counted}");

        await pi.Page.ClickAsync("[data-open-records=recurring-operating-revenue]");
        await Expect(pi.Page.Locator("#records")).ToHaveAttributeAsync("data-kpi", "recurring-operating-revenue");
        await Expect(pi.Page.Locator($"#records [data-record='{fee}'] .figure")).ToHaveTextAsync("100");
        await pi.Page.ClickAsync($"#records [data-record-link='{fee}']");
        await Expect(pi.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/alliances/{alliance.Id}/incomes/{fee}$"));

        await pi.GoAsync($"/alliances/{alliance.Id}/summary?round=108-progress-2");
        await pi.Page.ClickAsync("#view-cumulative");
        await Expect(pi.Page.Locator("#summary")).ToHaveAttributeAsync("data-view", "cumulative");
        await Expect(pi.Page.Locator("[data-actual=recurring-operating-revenue] .figure-main")).ToHaveTextAsync("100");
        await Expect(pi.Page.Locator("#report-state")).ToHaveAttributeAsync("data-status", "not-started");
    }

    private static async Task FillFirmAsync(UiSession ui, int total)
    {
        var parts = new Dictionary<string, int> { ["total"] = total, ["paid"] = total, ["free"] = 0, ["north"] = total, ["central"] = 0, ["south"] = 0, ["east"] = 0, ["islandsAndOverseas"] = 0 };
        foreach (var (part, value) in parts)
        {
            await ui.Page.FillAsync($"#target-firm-members-{part}", value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private Task<UiSession> CentreAsync(string name) => ReportingPagesData.CentreAsync(system, browser, name);
}
