using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Alliance.Integration.Tests.Browser;

/// <summary>The account page shows a reviewer's alliances as site-visit's assignments give them, read-only.</summary>
public sealed class ReviewerAlliancesPageTests(SystemFixture system, BrowserFixture browser)
{
    [Fact]
    public async Task CentreAdmin_EditsAReviewer_SeesTheAssignedAllianceReadOnlyAndSavesWithoutLosingIt()
    {
        var accounts = new TestAccounts(system);
        var adminName = TestAccounts.UniqueName("revpage");
        var password = TestAccounts.NewPassword();
        await accounts.CreateAccountAsync(adminName, password, ["centre-admin"]);
        var alliance = await TestAlliances.RegisterAsync(system, await accounts.NewPiAccountAsync());
        var reviewer = TestAccounts.UniqueName("rev");
        await accounts.CreateAccountAsync(reviewer, TestAccounts.NewPassword(), ["reviewer"], [alliance.Id]);
        await using var admin = await UiSession.OpenAsync(browser, system, "reviewer-alliances");
        await admin.SignInAsync(adminName, password);
        await admin.EnrolSecondFactorAsync();

        await admin.GoAsync("/admin/users");
        await admin.Page.ClickAsync($"[data-user='{reviewer}']");
        await Expect(admin.Page.Locator("#reviewer-alliances")).ToContainTextAsync(alliance.Code);
        await Expect(admin.Page.Locator("#reviewer-alliances-source")).ToContainTextAsync("實地查訪");
        await Expect(admin.Page.Locator("#reviewer-alliances input")).ToHaveCountAsync(0);
        await admin.ShotAsync("reviewer-alliances");

        await admin.Page.Locator("#edit-user input").First.FillAsync("改名的審查委員");
        await admin.Page.ClickAsync("#save-user");
        await Expect(admin.Page.Locator("#edit-user")).ToHaveCountAsync(0);
        var saved = await system.Admin.GetFromJsonAsync<JsonElement>($"/api/auth/users/{reviewer}", TestContext.Current.CancellationToken);
        Assert.Equal("改名的審查委員", saved.GetProperty("displayName").GetString());
        Assert.Equal([alliance.Id], saved.GetProperty("reviewerAlliances").EnumerateArray().Select(a => a.GetGuid()));
    }
}
