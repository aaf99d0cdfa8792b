using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.Infrastructure;
using Alliance.Integration.Tests.Reporting;
using static Microsoft.Playwright.Assertions;

namespace Alliance.Integration.Tests.Browser;

/// <summary>A round's report on the summary page: drafts as typed, the PI's confirm-submit, the centre's note and reopening, version 2 compared, the audit.</summary>
public sealed class RoundReportJourneyTests(SystemFixture system, BrowserFixture browser)
{
    private const string Round = "108-kpi-1";
    private const string Variance = "新增一家南部廠商。";
    private const string Note = "請附第二家廠商的合約。";
    private const string Reason = "廠商會員數與合約不符，請補件。";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Report_PiWritesAndSubmits_CentreNotesAndReopens_PiSeesTheNoteCorrectsAndSubmitsVersionTwo_TheComparisonMarksTheRow()
    {
        await ReportingYears.EnsureOpenAsync(system, ReportingYears.Past);
        var alliance = await ReportingAlliance.CreateAsync(system);
        var report = new RoundReportData(system, alliance, Round);
        var assistant = await new TestAccounts(system).ApprovedAssistantAsync(alliance.Pi, alliance.Code);
        await ReportingPagesData.AddMemberAsync(alliance, "臺南市", paid: true);
        await report.FirmMembersCountedAsync(1);
        var page = $"/alliances/{alliance.Id}/summary?round={Round}";

        // The assistant writes a narrative but cannot submit, and is told why.
        await using (var helper = await UiSession.OpenAsync(browser, system, "report-assistant"))
        {
            await helper.SignInAsync(assistant.UserName, TestAccounts.StrongPassword);
            await helper.GoAsync(page);
            await Expect(helper.Page.Locator("#report-state")).ToHaveAttributeAsync("data-status", "not-started");
            await Expect(helper.Page.Locator("#submit-blocked")).ToHaveAttributeAsync("data-reason", "pi-only");
            await Expect(helper.Page.Locator("#submit-report")).ToBeDisabledAsync();
            await helper.Page.FillAsync("#narrative-academic", "培育碩士生兩名。");
            await Expect(helper.Page.Locator("#texts-state")).ToHaveAttributeAsync("data-state", "saved");
        }

        await using var pi = await UiSession.OpenAsync(browser, system, "report-pi");
        await pi.SignInAsync(alliance.PiUser.UserName, TestAccounts.StrongPassword);
        await pi.GoAsync(page);
        await Expect(pi.Page.Locator("#narrative-academic")).ToHaveValueAsync("培育碩士生兩名。");
        await pi.Page.FillAsync("#variance-firm-members", Variance);
        await Expect(pi.Page.Locator("#texts-state")).ToHaveAttributeAsync("data-state", "saved");
        await Expect(pi.Page.Locator("#report-state")).ToHaveAttributeAsync("data-status", "draft");
        await Expect(pi.Page.Locator("#download-pdf")).ToHaveCountAsync(0);

        // The dialog says what is frozen, as which version, and that 108's deadline has passed.
        await pi.Page.ClickAsync("#submit-report");
        await Expect(pi.Page.Locator("#confirm-submit-note")).ToHaveAttributeAsync("data-next-version", "1");
        await Expect(pi.Page.Locator("#confirm-submit-note")).ToContainTextAsync("產業效益與學界效益");
        await Expect(pi.Page.Locator("#submit-due")).ToContainTextAsync("108/10/31");
        await Expect(pi.Page.Locator("#submit-late")).ToBeVisibleAsync();
        await pi.ShotAsync("confirm-submit");
        await pi.Page.ClickAsync("#confirm-submit");
        await Expect(pi.Page.Locator("#report-state")).ToHaveAttributeAsync("data-status", "submitted");
        await Expect(pi.Page.Locator("#versions tr[data-version='1']")).ToHaveAttributeAsync("data-late", "true");
        await Expect(pi.Page.Locator("[data-variance=firm-members]")).ToHaveTextAsync(Variance);
        await Expect(pi.Page.Locator("#download-pdf")).ToHaveAttributeAsync("href", $"/api/reporting/alliances/{alliance.Id}/rounds/{Round}/summary.pdf");
        await Expect(pi.Page.Locator("#download-xlsx")).ToHaveAttributeAsync("href", $"/api/reporting/alliances/{alliance.Id}/rounds/{Round}/summary.xlsx?view=quarterly");

        await using var centre = await ReportingPagesData.CentreAsync(system, browser, "report-centre");
        await centre.GoAsync(page);
        await Expect(centre.Page.Locator("#report-state")).ToHaveAttributeAsync("data-status", "submitted");
        await centre.Page.SelectOptionAsync("#note-kpi", "firm-members");
        await centre.Page.FillAsync("#note-text", Note);
        await centre.Page.ClickAsync("#write-note");
        await Expect(centre.Page.Locator("#audit-notes [data-note-kpi=firm-members] .note-text")).ToHaveTextAsync(Note);
        await centre.Page.FillAsync("#reopen-reason", Reason);
        await centre.Page.ClickAsync("#reopen-report");
        await Expect(centre.Page.Locator("#report-state")).ToHaveAttributeAsync("data-status", "reopened");

        // The PI reads the note beside its row and the reason, adds the missing member, and sees the row differ from version 1.
        await ReportingPagesData.AddMemberAsync(alliance, "高雄市", paid: true);
        await report.FirmMembersCountedAsync(2);
        await pi.GoAsync(page);
        await Expect(pi.Page.Locator("[data-row-note=firm-members]")).ToHaveTextAsync(Note);
        await Expect(pi.Page.Locator("#reopened-note")).ToContainTextAsync(Reason);
        await Expect(pi.Page.Locator("tr[data-row=firm-members]")).ToHaveAttributeAsync("data-differs", "true");
        await Expect(pi.Page.Locator("tr[data-row=patents]")).ToHaveAttributeAsync("data-differs", "false");
        await Expect(pi.Page.Locator("[data-submitted=firm-members] .figure-main")).ToHaveTextAsync("1");
        await Expect(pi.Page.Locator("[data-actual=firm-members] .figure-main")).ToHaveTextAsync("2");
        await pi.Page.FillAsync("#variance-firm-members", "新增兩家廠商，合約已補附。");
        await Expect(pi.Page.Locator("#texts-state")).ToHaveAttributeAsync("data-state", "saved");
        await pi.Page.ClickAsync("#submit-report");
        await Expect(pi.Page.Locator("#confirm-submit-note")).ToHaveAttributeAsync("data-next-version", "2");
        await Expect(pi.Page.Locator("#submit-due")).ToContainTextAsync("108/12/31");
        await pi.Page.ClickAsync("#confirm-submit");
        await Expect(pi.Page.Locator("#report-state")).ToHaveAttributeAsync("data-submissions", "2");
        await Expect(pi.Page.Locator("tr[data-row=firm-members]")).ToHaveAttributeAsync("data-differs", "false");

        await pi.Page.ClickAsync("#compare-versions");
        await Expect(pi.Page.Locator("#comparison")).ToHaveAttributeAsync("data-b", "2");
        await Expect(pi.Page.Locator("#comparison [data-compare-row=firm-members]")).ToHaveAttributeAsync("data-changed", "true");
        await Expect(pi.Page.Locator("#comparison [data-compare-row=patents]")).ToHaveAttributeAsync("data-changed", "false");
        await Expect(pi.Page.Locator("#comparison [data-compare-b=firm-members] .figure-main")).ToHaveTextAsync("2");
        await pi.ShotAsync("versions-compared");

        await centre.GoAsync(page);
        await centre.Page.ClickAsync("#complete-audit");
        await Expect(centre.Page.Locator("#report-state")).ToHaveAttributeAsync("data-status", "audited");
        await Expect(centre.Page.Locator("#complete-audit")).ToHaveCountAsync(0);

        var narratives = await alliance.Pi.GetFromJsonAsync<JsonElement>($"{report.Root}/narratives", Cancel);
        var versions = await alliance.Pi.GetFromJsonAsync<JsonElement>($"{report.Root}/versions", Cancel);
        Assert.Equal(("audited", "培育碩士生兩名。"), (narratives.GetProperty("status").GetString(), narratives.GetProperty("academic").GetString()));
        Assert.Equal([(1, Reason), (2, null)],
            versions.GetProperty("versions").EnumerateArray().Select(v => (v.GetProperty("number").GetInt32(), v.GetProperty("reopenReason").GetString())));
        Assert.Equal("新增兩家廠商，合約已補附。", RoundReportData.Row(await report.SummaryAsync(), "firm-members").GetProperty("variance").GetString());
    }
}
