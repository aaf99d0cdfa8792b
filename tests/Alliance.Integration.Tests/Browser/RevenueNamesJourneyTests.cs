using Alliance.Integration.Tests.Infrastructure;
using Alliance.Integration.Tests.Revenue;
using static Microsoft.Playwright.Assertions;

namespace Alliance.Integration.Tests.Browser;

/// <summary>The revenue pages name categories and natures, and state the cooperation weight, as the revenue service's category endpoint does.</summary>
public sealed class RevenueNamesJourneyTests(SystemFixture system, BrowserFixture browser)
{
    [Fact]
    public async Task Pi_ReadsCategoriesNaturesAndTheCooperationWeight_InBothLanguages_InListsEntryHistoryAndSummary()
    {
        var alliance = await RevenueAlliance.CreateAsync(system);
        var income = await alliance.RecordOkAsync(IncomeBodies.Other(nature: "course-fee"));
        var entry = $"/alliances/{alliance.Id}/incomes/{income.GetProperty("id").GetGuid()}";
        await using var ui = await UiSession.OpenAsync(browser, system, "revenue-names");
        await ui.SignInAsync(alliance.PiUser.UserName, TestAccounts.StrongPassword);

        await ui.GoAsync($"/alliances/{alliance.Id}/incomes?year=108");
        await Expect(ui.Page.Locator("#incomes")).ToContainTextAsync("其它收入");
        await Expect(ui.Page.Locator("#filter-category option[value=industry-academia-cooperation]")).ToHaveTextAsync("產學合作收入");
        await ui.Page.SelectOptionAsync("#new-income-category", "other");
        await Expect(ui.Page.Locator("#new-income-nature option[value=course-fee]")).ToHaveTextAsync("課程收入");
        await Expect(ui.Page.Locator("#new-income-nature option[value=ministry-subsidy]")).ToHaveTextAsync("科技部補助款（不計入）");

        await ui.GoAsync(entry);
        await Expect(ui.Page.Locator("#income")).ToContainTextAsync("其它收入");
        await Expect(ui.Page.Locator("#income")).ToContainTextAsync("課程收入");
        await Expect(ui.Page.Locator("#history")).ToContainTextAsync("收入類別：");
        await Expect(ui.Page.Locator("#history")).ToContainTextAsync("其它收入");
        await Expect(ui.Page.Locator("#history")).ToContainTextAsync("收入性質：");
        await Expect(ui.Page.Locator("#history")).ToContainTextAsync("課程收入");

        await ui.GoAsync($"/alliances/{alliance.Id}/revenue?year=108");
        await Expect(ui.Page.Locator("[data-figure=operating-revenue] td").First).ToContainTextAsync("（產學合作收入以 30% 計）");
        await Expect(ui.Page.Locator("[data-figure=technology-transfer] td").First).ToContainTextAsync("技術轉移收入");
        await ui.ShotAsync("names-in-chinese");

        await ui.GoAsync("/");
        await ui.Page.ClickAsync("#language-switch");
        await Expect(ui.Page.Locator("#language-switch")).ToHaveTextAsync("中文");
        await ui.GoAsync($"/alliances/{alliance.Id}/revenue?year=108");
        await Expect(ui.Page.Locator("[data-figure=operating-revenue] td").First).ToContainTextAsync("(cooperation income counts at 30%)");
        await Expect(ui.Page.Locator("[data-figure=industry-academia-cooperation] td").First).ToContainTextAsync("Industry–academia cooperation income");

        await ui.GoAsync(entry);
        await Expect(ui.Page.Locator("#income")).ToContainTextAsync("Other income");
        await Expect(ui.Page.Locator("#history")).ToContainTextAsync("Other income");
        await Expect(ui.Page.Locator("#history")).ToContainTextAsync("course fee");
        await ui.ShotAsync("names-in-english");
    }
}
