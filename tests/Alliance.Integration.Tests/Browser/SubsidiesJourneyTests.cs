using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Alliance.Integration.Tests.Browser;

/// <summary>The centre sets an alliance's approved subsidy in the browser; a change made meanwhile is not overwritten.</summary>
public sealed class SubsidiesJourneyTests(SystemFixture system, BrowserFixture browser)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CentreAdmin_SetsASubsidyInNtd_SeesItInThousands_AndAStaleChangeIsRefused()
    {
        var adminName = TestAccounts.UniqueName("sub");
        var password = TestAccounts.NewPassword();
        await new TestAccounts(system).CreateAccountAsync(adminName, password, ["centre-admin"]);
        var (allianceId, code) = await TestAlliances.RegisterAsync(system, SystemFixture.SharedPiUserName);
        await RevenueKnowsAsync(allianceId, code);
        await using var admin = await UiSession.OpenAsync(browser, system, "subsidies-admin");
        await admin.SignInAsync(adminName, password);
        await admin.GoAsync("/account/two-factor");
        await admin.Page.ClickAsync("#create-key");
        var key = await admin.Page.Locator("#shared-key").InnerTextAsync();
        await admin.Page.FillAsync("#code", TestTotp.CodeNow(key));
        await admin.Page.ClickAsync("#enable-two-factor");
        await Expect(admin.Page.Locator("#two-factor-enabled")).ToBeVisibleAsync();

        await admin.GoAsync("/revenue/subsidies?year=108");
        await Expect(admin.Page.Locator($"[data-subsidy='{code}']")).ToHaveTextAsync("尚未核定");
        await admin.Page.ClickAsync($"[data-set-subsidy='{code}']");
        await admin.Page.FillAsync("#subsidy-amount", "3000000");
        await admin.Page.ClickAsync("#save-subsidy");
        await Expect(admin.Page.Locator($"[data-subsidy='{code}']")).ToHaveTextAsync("3,000");
        await Expect(admin.Page.Locator($"[data-subsidy='{code}'] [title]")).ToHaveAttributeAsync("title", "3,000,000 元");
        await admin.ShotAsync("subsidy-set");

        var stored = await system.Admin.GetFromJsonAsync<JsonElement>($"/api/revenue/alliances/{allianceId}/subsidies/108", Cancel);
        Assert.Equal(3_000_000m, stored.GetProperty("amount").GetDecimal());
        using var meanwhile = await system.Admin.PutAsJsonAsync($"/api/revenue/alliances/{allianceId}/subsidies/108",
            new { amount = 3_200_000m, version = stored.GetProperty("version").GetInt64() }, Cancel);
        Assert.Equal(HttpStatusCode.OK, meanwhile.StatusCode);

        await admin.Page.ClickAsync($"[data-set-subsidy='{code}']");
        await admin.Page.FillAsync("#subsidy-amount", "3500000");
        await admin.Page.ClickAsync("#save-subsidy");
        await Expect(admin.Page.Locator("#stale")).ToBeVisibleAsync();
        await Expect(admin.Page.Locator($"[data-subsidy='{code}']")).ToHaveTextAsync("3,200");
        await admin.ShotAsync("stale-refused");

        await admin.Page.ClickAsync($"[data-subsidy-history='{code}']");
        await Expect(admin.Page.Locator("#history")).ToContainTextAsync(adminName);
        await admin.ShotAsync("subsidy-history");
    }

    private async Task RevenueKnowsAsync(Guid id, string code)
    {
        // The alliance reaches revenue by its event; a subsidy for an alliance revenue does not know yet is refused (404).
        await Eventually.Until(async () =>
        {
            using var response = await system.Admin.GetAsync($"/api/revenue/alliances/{id}/incomes?year=108", Cancel);
            return response.StatusCode == HttpStatusCode.OK;
        }, TimeSpan.FromSeconds(30), $"revenue to know alliance {code}");
    }
}
