using Alliance.Integration.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Alliance.Integration.Tests.Browser;

public sealed class AccountPagesTests(SystemFixture system, BrowserFixture browser)
{
    [Fact]
    public async Task Tokens_CreatedThenRevoked_ValueIsShownOnceAndTheRowIsRevoked()
    {
        var userName = TestAccounts.UniqueName("tokens");
        var password = TestAccounts.NewPassword();
        await new TestAccounts(system).CreateAccountAsync(userName, password, ["reviewer"]);
        await using var session = await UiSession.OpenAsync(browser, system, "tokens");
        await session.SignInAsync(userName, password);

        await session.GoAsync("/account/tokens");
        await session.Page.FillAsync("#name", "報表腳本");
        await session.Page.FillAsync("#expiresInDays", "30");
        await session.Page.ClickAsync("button:has-text('建立')");
        await Expect(session.Page.Locator("#new-token")).ToContainTextAsync("alc_");
        await session.ShotAsync("created");

        await session.Page.ClickAsync("#tokens button[name=RevokeId]");
        await Expect(session.Page.Locator("#tokens button[name=RevokeId]")).ToHaveCountAsync(0);
        await Expect(session.Page.Locator("#new-token")).ToHaveCountAsync(0);
        await session.ShotAsync("revoked");
    }

    [Fact]
    public async Task Password_Changed_KeepsTheBrowserSignedInAndTheNewOneWorks()
    {
        var userName = TestAccounts.UniqueName("passwd");
        var password = TestAccounts.NewPassword();
        var newPassword = TestAccounts.NewPassword();
        await new TestAccounts(system).CreateAccountAsync(userName, password, ["reviewer"]);
        await using var session = await UiSession.OpenAsync(browser, system, "password");
        await session.SignInAsync(userName, password);

        await session.GoAsync("/account/password");
        await session.Page.FillAsync("#currentPassword", password);
        await session.Page.FillAsync("#newPassword", newPassword);
        await session.Page.FillAsync("#confirmPassword", newPassword);
        await session.Page.ClickAsync("button[type=submit]:has-text('變更密碼')");
        await Expect(session.Page.Locator("#password-changed")).ToBeVisibleAsync();
        await session.GoAsync("/account/tokens");
        await Expect(session.Page.Locator("#user-name")).ToBeVisibleAsync();

        await session.Page.ClickAsync("#sign-out");
        await session.SignInAsync(userName, newPassword);
        await Expect(session.Page.Locator("[data-role=reviewer]")).ToBeVisibleAsync();
    }
}
