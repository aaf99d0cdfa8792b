using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Alliance.Integration.Tests.Infrastructure;
using Alliance.Integration.Tests.Reporting;
using static Microsoft.Playwright.Assertions;

namespace Alliance.Integration.Tests.Browser;

/// <summary>
/// The programme pages in the browser, over a fresh domain of the past year 108 so that its row is the test's own: an officer
/// follows the programme view to a domain's alliances and on to an alliance's summary table; a PI's home shows its flag; a review
/// outcome goes from the centre through an officer to the PI and the next year's targets page.
/// </summary>
public sealed class ProgrammeJourneyTests(SystemFixture system, BrowserFixture browser)
{
    private const int Year = ReportingYears.Past;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Officer_OpensTheProgrammeView_FollowsADomainToItsAlliances_AndAnAllianceToItsSummaryTable()
    {
        await ReportingYears.EnsureOpenAsync(system, Year);
        var data = new ProgrammeViewData(system);
        var domain = await data.DomainAsync();
        // A: phase 2 year 3, its revenue not above its subsidy (flagged); B: phase 1, self-sufficient.
        var (a, b) = (await ReportingAlliance.CreateAsync(system, 2, 3, domain), await ReportingAlliance.CreateAsync(system, 1, 2, domain));
        await data.SubsidyAsync(a, Year, 1_000_000m);
        await data.SubsidyAsync(b, Year, 2_000_000m);
        await ProgrammeViewData.OtherIncomeAsync(a, Year, "2019-03-01", 1_000_000m);
        await ProgrammeViewData.OtherIncomeAsync(b, Year, "2019-04-01", 2_500_000m);
        await Eventually.Until(() => data.ListAsync(domain), rows => rows.Count == 2
                && rows[a.Code].GetProperty("operatingRevenue").GetDecimal() == 1_000_000m && rows[b.Code].GetProperty("operatingRevenue").GetDecimal() == 2_500_000m,
            TimeSpan.FromSeconds(90), "reporting's copies to hold the domain's two alliances and their incomes");
        await using var officer = await OfficerAsync();

        await officer.GoAsync($"/programme?year={Year}");
        var row = officer.Page.Locator($"#programme-table [data-domain='{domain}']");
        await Expect(row).ToHaveAttributeAsync("data-alliance-count", "2");
        // Subsidy 3,000,000 NTD and revenue 3,500,000 NTD, shown in 仟元; the ratio 3.5 ÷ 3 as a percentage.
        await Expect(row.Locator("td.figure").Nth(1)).ToHaveTextAsync("3,000");
        await Expect(row.Locator("td.figure").Nth(6)).ToHaveTextAsync("3,500");
        await Expect(row.Locator("td.figure").Nth(11)).ToHaveTextAsync("116.67%");
        await Expect(officer.Page.Locator("#programme-charts [data-chart=self-sufficiency]")).ToHaveAttributeAsync("data-series", "3");
        await Expect(officer.Page.Locator("#download-programme-xlsx")).ToHaveAttributeAsync("href", $"/api/reporting/programme.xlsx?year={Year}");
        await officer.ShotAsync("programme-view");

        await officer.Page.ClickAsync($"[data-open-domain='{domain}']");
        await Expect(officer.Page).ToHaveURLAsync(new Regex($"/programme/alliances\\?year={Year}&domain={Regex.Escape(domain)}$"));
        await Expect(officer.Page.Locator("#programme-alliances")).ToHaveAttributeAsync("data-count", "2");
        await Expect(officer.Page.Locator($"[data-alliance-id='{a.Id}']")).ToHaveAttributeAsync("data-status", "not-started");
        await Expect(officer.Page.Locator("#programme-alliances [data-flag='not-self-sufficient']")).ToHaveCountAsync(1);
        await officer.ShotAsync("domain-alliances");

        // The flag filter narrows the list to the flagged alliance.
        await officer.Page.SelectOptionAsync("#flag", "not-self-sufficient");
        await Expect(officer.Page.Locator("#programme-alliances")).ToHaveAttributeAsync("data-count", "1");
        await Expect(officer.Page.Locator($"[data-alliance-id='{b.Id}']")).ToHaveCountAsync(0);

        await officer.Page.ClickAsync($"[data-summary-of='{a.Id}']");
        await Expect(officer.Page).ToHaveURLAsync(new Regex($"/alliances/{a.Id}/summary\\?round={Year}-kpi-2&view=cumulative$"));
        await Expect(officer.Page.Locator("#summary")).ToHaveAttributeAsync("data-round", $"{Year}-kpi-2");
        await Expect(officer.Page.Locator("#summary")).ToHaveAttributeAsync("data-view", "cumulative");
        await officer.ShotAsync("summary");
    }

    [Fact]
    public async Task Pi_HomeShowsItsAlliancesFlag_WithWhatWouldClearIt()
    {
        await ReportingYears.EnsureOpenAsync(system, Year);
        var current = CurrentYear();
        var alliance = await ReportingAlliance.CreateAsync(system, 2, 3);
        // Phase 2 year 3 with a subsidy and no revenue yet: not self-sufficient.
        await new ProgrammeViewData(system).SubsidyAsync(alliance, current, 1_000_000m);
        await Eventually.Until(() => alliance.Pi.GetFromJsonAsync<JsonElement>($"/api/reporting/programme/alliances?year={current}", Cancel),
            list => list.GetProperty("alliances").EnumerateArray().Any(x => x.GetProperty("allianceId").GetGuid() == alliance.Id
                && x.GetProperty("flags").EnumerateArray().Any(f => f.GetProperty("code").GetString() == "not-self-sufficient")),
            TimeSpan.FromSeconds(60), "reporting's copy of the subsidy to flag the alliance");
        await using var pi = await UiSession.OpenAsync(browser, system, "programme-home-pi");

        await pi.SignInAsync(alliance.PiUser.UserName, TestAccounts.StrongPassword);
        await pi.GoAsync("/");

        var own = pi.Page.Locator($"#home-own-alliances [data-alliance-id='{alliance.Id}']");
        await Expect(own.Locator("[data-flag='not-self-sufficient']")).ToHaveCountAsync(1);
        await Expect(own.Locator("[data-flag='not-self-sufficient'] .flag-clears")).ToHaveAttributeAsync("data-clears", "above");
        await Expect(own.Locator("[data-flag='not-self-sufficient'] .flag-clears")).ToContainTextAsync("1,000");
        await Expect(own).ToHaveAttributeAsync("data-status", "not-started");
        await pi.ShotAsync("pi-home");
    }

    [Fact]
    public async Task ReviewOutcome_CentreRecords_PiWaits_OfficerConfirms_PiReadsIt_AndTheNextYearsTargetsShowTheComments()
    {
        await ReportingYears.EnsureOpenAsync(system, Year);
        await ReportingYears.EnsureOpenAsync(system, ReportingYears.PastNext);
        var alliance = await ReportingAlliance.CreateAsync(system);
        var page = $"/alliances/{alliance.Id}/review-outcome?year={Year}";

        await using (var centre = await ReportingPagesData.CentreAsync(system, browser, "outcome-centre"))
        {
            await centre.GoAsync(page);
            await Expect(centre.Page.Locator("#review-outcome")).ToHaveAttributeAsync("data-version", "0");
            await centre.Page.SelectOptionAsync("#outcome-kind", "continues-with-conditions");
            await centre.Page.FillAsync("#outcome-conditions-input", "第二年廠商會員須達 20 家");
            await centre.Page.FillAsync("#outcome-comments-input", "建議加強推廣");
            await centre.Page.ClickAsync("#record-outcome");
            await Expect(centre.Page.Locator("#review-outcome")).ToHaveAttributeAsync("data-version", "1");
            await Expect(centre.Page.Locator("#review-outcome")).ToHaveAttributeAsync("data-outcome", "continues-with-conditions");
            await Expect(centre.Page.Locator("#review-outcome")).ToHaveAttributeAsync("data-confirmed", "false");
            await Expect(centre.Page.Locator("#outcome-history tr[data-action=recorded]")).ToHaveCountAsync(1);
            await centre.ShotAsync("outcome-recorded");
        }

        // Recorded but not confirmed: the service shows the PI nothing of it yet.
        await using var pi = await UiSession.OpenAsync(browser, system, "outcome-pi");
        await pi.SignInAsync(alliance.PiUser.UserName, TestAccounts.StrongPassword);
        await pi.GoAsync(page);
        await Expect(pi.Page.Locator("#not-published")).ToBeVisibleAsync();
        await Expect(pi.Page.Locator("#outcome-comments")).ToHaveCountAsync(0);

        await using (var officer = await OfficerAsync())
        {
            await officer.GoAsync(page);
            await officer.Page.ClickAsync("#confirm-outcome");
            await Expect(officer.Page.Locator("#review-outcome")).ToHaveAttributeAsync("data-confirmed", "true");
            // 108's review results were published long ago: the confirmed outcome is the alliance's at once.
            await Expect(officer.Page.Locator("#review-outcome")).ToHaveAttributeAsync("data-published", "true");
        }

        await pi.GoAsync(page);
        await Expect(pi.Page.Locator("#review-outcome")).ToHaveAttributeAsync("data-outcome", "continues-with-conditions");
        await Expect(pi.Page.Locator("#outcome-comments")).ToHaveTextAsync("建議加強推廣");
        await Expect(pi.Page.Locator("#confirm-outcome")).ToHaveCountAsync(0);
        await Expect(pi.Page.Locator("#outcome-form")).ToHaveCountAsync(0);
        await pi.GoAsync($"/alliances/{alliance.Id}/targets?year={ReportingYears.PastNext}");
        await Expect(pi.Page.Locator("#previous-review")).ToHaveAttributeAsync("data-year", $"{Year}");
        await Expect(pi.Page.Locator("#previous-review-comments")).ToHaveTextAsync("建議加強推廣");
        await pi.ShotAsync("targets-with-review");
    }

    /// <summary>The programme year holding today in Taiwan (UTC+8, no daylight saving): ROC year Y runs from Y/02/01 to (Y+1)/01/31.</summary>
    private static int CurrentYear()
    {
        var today = DateTime.UtcNow.AddHours(8);
        return today.Year - 1911 - (today.Month == 1 ? 1 : 0);
    }

    private async Task<UiSession> OfficerAsync()
    {
        var userName = TestAccounts.UniqueName("officer");
        var password = TestAccounts.NewPassword();
        await new TestAccounts(system).CreateAccountAsync(userName, password, ["ministry-officer"]);
        var ui = await UiSession.OpenAsync(browser, system, "programme-officer");
        await ui.SignInAsync(userName, password);
        await ui.EnrolSecondFactorAsync();
        return ui;
    }
}
