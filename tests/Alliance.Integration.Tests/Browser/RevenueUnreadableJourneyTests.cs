using Alliance.Integration.Tests.Infrastructure;
using Alliance.Integration.Tests.Revenue;
using static Microsoft.Playwright.Assertions;

namespace Alliance.Integration.Tests.Browser;

/// <summary>The revenue pages with an entry stored as a number, and other income from a crowd recorded by its name alone.</summary>
public sealed class RevenueUnreadableJourneyTests(SystemFixture system, BrowserFixture browser)
{
    [Fact]
    public async Task Pi_ReadsAnEntryStoredWithANumber_ShownAsUnrecognised_ThePagesKeepWorking()
    {
        var alliance = await RevenueAlliance.CreateAsync(system);
        await alliance.RecordOkAsync(IncomeBodies.Service());
        await alliance.PlantIncomeAsync("12345");
        await using var ui = await UiSession.OpenAsync(browser, system, "revenue-unreadable");
        await ui.SignInAsync(alliance.PiUser.UserName, TestAccounts.StrongPassword);

        await ui.GoAsync($"/alliances/{alliance.Id}/incomes?year=108");
        await Expect(ui.Page.Locator("#incomes")).ToContainTextAsync("無法辨識的值（12345）");
        await Expect(ui.Page.Locator("#incomes")).ToContainTextAsync("南科精密股份有限公司");
        await ui.ShotAsync("unreadable-listed");

        await ui.Page.ClickAsync("[data-income-of='研討會學員']");
        await Expect(ui.Page.Locator("#income")).ToContainTextAsync("無法辨識的值（12345）");
        await ui.ShotAsync("unreadable-entry");

        await ui.GoAsync($"/alliances/{alliance.Id}/revenue?year=108");
        await Expect(ui.Page.Locator("[data-figure=technical-services] .this-year")).ToHaveTextAsync("450");
        await Expect(ui.Page.Locator("#not-included")).ToBeVisibleAsync();
        await ui.ShotAsync("unreadable-summary");
    }

    [Fact]
    public async Task Pi_RecordsSeminarFeesFromACrowd_WithOnlyAName()
    {
        var alliance = await RevenueAlliance.CreateAsync(system);
        await using var ui = await UiSession.OpenAsync(browser, system, "revenue-crowd");
        await ui.SignInAsync(alliance.PiUser.UserName, TestAccounts.StrongPassword);

        await ui.GoAsync($"/alliances/{alliance.Id}/incomes?year=108");
        await ui.Page.SelectOptionAsync("#new-income-category", "other");
        await ui.Page.UncheckAsync("#new-income-is-member");
        await Expect(ui.Page.Locator("#new-income-crowd-hint")).ToBeVisibleAsync();
        await ui.Page.FillAsync("#new-income-counterparty-name", "研討會報名費");
        await ui.Page.SelectOptionAsync("#new-income-counterparty-kind", "");
        await ui.Page.SelectOptionAsync("#new-income-nature", "seminar-fee");
        await ui.Page.FillAsync("#new-income-date", "2019-08-01");
        await ui.Page.FillAsync("#new-income-amount", "12000");
        await ui.Page.ClickAsync("#add-income");

        await Expect(ui.Page.Locator("[data-income-status='研討會報名費'] [data-status]")).ToHaveAttributeAsync("data-status", "accepted");
        await ui.ShotAsync("crowd-recorded");
    }
}
