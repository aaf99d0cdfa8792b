using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.EndToEnd;
using Alliance.Integration.Tests.Infrastructure;
using Alliance.Integration.Tests.Revenue;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Alliance.Integration.Tests.Browser;

/// <summary>A PI records a year's incomes in the browser and reads the alliance's operating revenue against its subsidy.</summary>
public sealed class RevenueJourneyTests(SystemFixture system, BrowserFixture browser)
{
    private const string MemberFirm = "臺北精密機械股份有限公司";
    private const string ServiceClient = "新竹半導體設備股份有限公司";
    private const string SeminarAttendees = "技術研討會學員";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Pi_RecordsYear108Incomes_AnExcludedNatureIsRefusedAtItsField_SummaryShowsTotalsAndSelfSufficiency()
    {
        var pi = await new TestAccounts(system).CreateAsync(["pi"]);
        var (allianceId, code) = await NewAllianceAsync(pi);
        var memberId = await AddPaidMemberAsync(pi, allianceId);
        await SetSubsidyAsync(allianceId, 108, 3_000_000m);
        await using var ui = await UiSession.OpenAsync(browser, system, "revenue-pi");
        await ui.SignInAsync(pi.UserName, TestAccounts.StrongPassword);

        await ui.GoAsync("/");
        await ui.Page.ClickAsync($"[data-incomes='{code}']");
        await Expect(ui.Page.Locator("#alliance-heading")).ToContainTextAsync(code);
        await ui.Page.SelectOptionAsync("#year", "108");
        // The list is empty in every year: the new entry's year says the change of year has been applied.
        await Expect(ui.Page.Locator("#new-income-heading")).ToHaveAttributeAsync("data-year", "108");
        await Expect(ui.Page.Locator("#no-incomes")).ToBeVisibleAsync();
        await ui.ShotAsync("incomes-empty");

        await ui.Page.SelectOptionAsync("#new-income-member", memberId.ToString());
        await RecordAsync(ui, "2019-05-01", "60000");
        await ExpectAcceptedAsync(ui, MemberFirm);

        await ui.Page.SelectOptionAsync("#new-income-category", "technical-service");
        await TypeCounterpartyAsync(ui, ServiceClient, "taiwan-company", "新竹市");
        await RecordAsync(ui, "2019-06-10", "250000");
        await ExpectAcceptedAsync(ui, ServiceClient);

        await ui.Page.SelectOptionAsync("#new-income-category", "other");
        await TypeCounterpartyAsync(ui, SeminarAttendees, "natural-person", "臺北市");
        await ui.Page.SelectOptionAsync("#new-income-nature", "seminar-fee");
        await RecordAsync(ui, "2019-07-20", "30000");
        await ExpectAcceptedAsync(ui, SeminarAttendees);
        await ui.ShotAsync("three-incomes");

        await TypeCounterpartyAsync(ui, "科技部", "other-organisation", "臺北市");
        await ui.Page.SelectOptionAsync("#new-income-nature", "ministry-subsidy");
        await ui.Page.FillAsync("#new-income-date", "2019-08-01");
        await ui.Page.FillAsync("#new-income-amount", "3000000");
        await ui.Page.ClickAsync("#add-income");
        await Expect(ui.Page.Locator("#new-income .field-error[data-field=nature]")).Not.ToBeEmptyAsync();
        await ui.ShotAsync("excluded-nature-refused");
        await Expect(ui.Page.Locator("#incomes")).Not.ToContainTextAsync("科技部");
        await Expect(ui.Page.Locator($"#incomes [title='60,000 元']")).ToHaveTextAsync("60");

        await ui.Page.ClickAsync("#to-summary");
        var summary = ui.Page.Locator("#summary");
        await Expect(summary).ToBeVisibleAsync();
        await ui.ShotAsync("summary-108");
        await ExpectFigureAsync(ui, "membership-fees", "60");
        await ExpectFigureAsync(ui, "technical-services", "250");
        await ExpectFigureAsync(ui, "other", "30");
        await ExpectFigureAsync(ui, "recurring-operating-revenue", "340");
        await ExpectFigureAsync(ui, "operating-revenue", "340");
        await ExpectFigureAsync(ui, "subsidy", "3,000");
        await ExpectFigureAsync(ui, "self-sufficiency-ratio", "11.33%");
        await Expect(ui.Page.Locator("#not-included")).ToHaveCountAsync(0);

        await ui.Page.ClickAsync("[data-figure=technical-services] .this-year a");
        await Expect(ui.Page.Locator("#incomes")).ToContainTextAsync(ServiceClient);
        await Expect(ui.Page.Locator("#incomes")).Not.ToContainTextAsync(MemberFirm);
        await ui.ShotAsync("technical-service-entries");

        await ui.GoAsync($"/alliances/{allianceId}/incomes?year=108");
        await ui.Page.ClickAsync($"[data-income-of='{SeminarAttendees}']");
        await CorrectAndVoidAsync(ui);
    }

    [Fact]
    public async Task Pi_InEnglish_ReadsARefusalAndTheSummaryInEnglish_InThousandsWithSeparators()
    {
        var pi = await new TestAccounts(system).CreateAsync(["pi"]);
        var (allianceId, _) = await NewAllianceAsync(pi);
        var memberId = await AddPaidMemberAsync(pi, allianceId);
        await SetSubsidyAsync(allianceId, 108, 3_000_000m);
        await using var ui = await UiSession.OpenAsync(browser, system, "revenue-english");
        await ui.SignInAsync(pi.UserName, TestAccounts.StrongPassword);
        await ui.GoAsync("/");
        await ui.Page.ClickAsync("#language-switch");
        await Expect(ui.Page.Locator("#language-switch")).ToHaveTextAsync("中文");

        await ui.GoAsync($"/alliances/{allianceId}/incomes?year=108");
        await Expect(ui.Page.Locator("h5").First).ToHaveTextAsync("Income entries");
        await ui.Page.SelectOptionAsync("#new-income-member", memberId.ToString());
        await RecordAsync(ui, "2019-05-01", "1234500");
        await ExpectAcceptedAsync(ui, MemberFirm);

        await ui.Page.SelectOptionAsync("#new-income-category", "other");
        await TypeCounterpartyAsync(ui, "科技部", "other-organisation", "臺北市");
        await ui.Page.SelectOptionAsync("#new-income-nature", "ministry-subsidy");
        await RecordAsync(ui, "2019-08-01", "3000000");
        await Expect(ui.Page.Locator("#new-income .field-error[data-field=nature]")).ToContainTextAsync("The ministry's own subsidy never counts");
        await ui.ShotAsync("refused-in-english");

        await ui.Page.ClickAsync("#to-summary");
        await Expect(ui.Page.Locator("h5").First).ToHaveTextAsync("Operating revenue");
        await Expect(ui.Page.Locator("#summary thead")).ToContainTextAsync("108 (thousand NTD)");
        await Expect(ui.Page.Locator("[data-figure=subsidy] td").First).ToContainTextAsync("Approved subsidy");
        // 1,234,500 NTD is 1,234.5 thousand, shown rounded half away from zero.
        await ExpectFigureAsync(ui, "membership-fees", "1,235");
        await ExpectFigureAsync(ui, "subsidy", "3,000");
        await ExpectFigureAsync(ui, "self-sufficiency-ratio", "41.15%");
        await ui.ShotAsync("summary-in-english");
    }

    /// <summary>A correction and a voiding each need a reason; both are in the entry's history.</summary>
    private static async Task CorrectAndVoidAsync(UiSession ui)
    {
        await ui.Page.ClickAsync("#correct-income");
        await ui.Page.FillAsync("#correct-amount", "35000");
        await ui.Page.ClickAsync("#save-correction");
        await Expect(ui.Page.Locator("#correct .field-error[data-field=reason]")).ToHaveTextAsync("請填寫原因。");
        await ui.Page.FillAsync("#correction-reason-input", "報名費少列一筆");
        await ui.Page.ClickAsync("#save-correction");
        await Expect(ui.Page.Locator("#income-amount")).ToContainTextAsync("35,000 元");
        await Expect(ui.Page.Locator("#correction-reason")).ToHaveTextAsync("報名費少列一筆");

        await ui.Page.ClickAsync("#void-income");
        await ui.Page.FillAsync("#void-reason-input", "重複登錄");
        await ui.Page.ClickAsync("#confirm-void");
        await Expect(ui.Page.Locator("#income [data-status]")).ToHaveAttributeAsync("data-status", "voided");
        await Expect(ui.Page.Locator("#void-reason")).ToHaveTextAsync("重複登錄");
        await Expect(ui.Page.Locator("#correct-income")).ToHaveCountAsync(0);
        var history = ui.Page.Locator("#history");
        await Expect(history).ToContainTextAsync("更正");
        await Expect(history).ToContainTextAsync("30 → 35");
        await Expect(history).ToContainTextAsync("作廢");
        await ui.ShotAsync("corrected-and-voided");
    }

    private static async Task RecordAsync(UiSession ui, string date, string amount)
    {
        await ui.Page.FillAsync("#new-income-date", date);
        await ui.Page.FillAsync("#new-income-amount", amount);
        await ui.Page.ClickAsync("#add-income");
    }

    private static async Task TypeCounterpartyAsync(UiSession ui, string name, string kind, string county)
    {
        if (await ui.Page.IsCheckedAsync("#new-income-is-member"))
        {
            await ui.Page.UncheckAsync("#new-income-is-member");
        }

        await ui.Page.FillAsync("#new-income-counterparty-name", name);
        await ui.Page.SelectOptionAsync("#new-income-counterparty-kind", kind);
        await ui.Page.SelectOptionAsync("#new-income-counterparty-county", county);
    }

    /// <summary>
    /// The entry is listed as accepted. The members it may name are in revenue's copy before the PI
    /// records anything (<see cref="AddPaidMemberAsync"/> waits for it), so it is accepted when recorded:
    /// a page that is not re-read would never show a later change of a pending entry.
    /// </summary>
    private static async Task ExpectAcceptedAsync(UiSession ui, string counterparty) =>
        await Expect(ui.Page.Locator($"[data-income-status='{counterparty}'] [data-status]")).ToHaveAttributeAsync("data-status", "accepted");

    private static async Task ExpectFigureAsync(UiSession ui, string figure, string thisYear) =>
        await Expect(ui.Page.Locator($"[data-figure={figure}] .this-year")).ToHaveTextAsync(thisYear);

    private async Task<(Guid Id, string Code)> NewAllianceAsync(TestUser pi)
    {
        var code = AllianceRegistrationTests.UniqueCode();
        using var created = await system.Admin.PostAsJsonAsync("/api/membership/alliances", new
        {
            code, name = "智慧製造技術聯盟", hostInstitution = "國立臺灣大學", domainCode = "ict", phase = 1, yearInPhase = 2, piUserName = pi.UserName,
        }, Cancel);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetGuid();
        await Eventually.Until(async () =>
        {
            using var response = await pi.Client.GetAsync($"/api/revenue/alliances/{id}/incomes?year=108", Cancel);
            return response.StatusCode == HttpStatusCode.OK;
        }, TimeSpan.FromSeconds(30), "the PI's scope to include the new alliance");
        return (id, code);
    }

    /// <summary>Adds a member with one paid contract, and waits until revenue's copy has both.</summary>
    private async Task<Guid> AddPaidMemberAsync(TestUser pi, Guid allianceId)
    {
        var members = $"/api/membership/alliances/{allianceId}/members";
        using var added = await pi.Client.PostAsJsonAsync(members, MemberBodies.TaiwanCompany("臺北市", MemberFirm), Cancel);
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var memberId = (await added.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetGuid();
        using var contract = await pi.Client.PostAsJsonAsync($"{members}/{memberId}/contracts",
            new { start = "2019-02-01", end = "2020-01-31", paid = true, fee = 60000 }, Cancel);
        Assert.Equal(HttpStatusCode.Created, contract.StatusCode);
        await RevenueAlliance.WaitForMemberCopyAsync(system, memberId, version: 2);
        return memberId;
    }

    private async Task SetSubsidyAsync(Guid allianceId, int year, decimal amount)
    {
        // The alliance reaches revenue by its event; until then the subsidy's alliance is unknown (404).
        await Eventually.Until(async () =>
        {
            using var response = await system.Admin.PutAsJsonAsync($"/api/revenue/alliances/{allianceId}/subsidies/{year}", new { amount }, Cancel);
            return response.StatusCode == HttpStatusCode.OK;
        }, TimeSpan.FromSeconds(30), $"the subsidy of {year} to be set");
    }
}
