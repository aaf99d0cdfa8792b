using System.Net.Http.Json;
using Alliance.Integration.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Alliance.Integration.Tests.Browser;

public sealed class SignInTests(SystemFixture system, BrowserFixture browser)
{
    [Fact]
    public async Task SignIn_FiveWrongPasswords_ThenTheRightOneIsRefusedAsAWrongOneAndTheLockIsAudited()
    {
        var userName = TestAccounts.UniqueName("locked");
        var password = TestAccounts.NewPassword();
        await new TestAccounts(system).CreateAccountAsync(userName, password, ["reviewer"]);
        await using var session = await UiSession.OpenAsync(browser, system, "lockout");

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await session.SignInAsync(userName, $"wrong-{attempt}-{password}");
            await Expect(session.Page.Locator("#sign-in-error")).ToContainTextAsync("帳號、密碼或驗證碼錯誤");
        }

        await session.SignInAsync(userName, "wrong-5-" + password);
        await session.SignInAsync(userName, password);

        await Expect(session.Page.Locator("#sign-in-error")).ToContainTextAsync("帳號、密碼或驗證碼錯誤");
        var audit = await system.Admin.GetFromJsonAsync<System.Text.Json.JsonElement[]>($"/api/auth/audit?actor={userName}", TestContext.Current.CancellationToken);
        Assert.Contains(audit!, e => e.GetProperty("outcome").GetString() == "LockedOut");
    }

    [Fact]
    public async Task LanguageSwitch_DefaultIsChinese_SwitchShowsEnglishAndBack()
    {
        await using var session = await UiSession.OpenAsync(browser, system, "language");
        await session.GoAsync("/");
        await Expect(session.Page.Locator("#home-sign-in")).ToHaveTextAsync("登入");
        await Expect(session.Page.Locator("h4").First).ToHaveTextAsync("產學技術聯盟管考平台");

        await session.Page.ClickAsync("#language-switch");
        await Expect(session.Page.Locator("#home-sign-in")).ToHaveTextAsync("Sign in");
        await Expect(session.Page.Locator("#welcome")).ToContainTextAsync("industry–academia technology alliance programme");
        await session.ShotAsync("english");
        await session.GoAsync("/account/sign-in");
        await Expect(session.Page.Locator("label[for=password]")).ToHaveTextAsync("Password");

        await session.Page.ClickAsync("#language-switch");
        await Expect(session.Page.Locator("label[for=password]")).ToHaveTextAsync("密碼");
        await session.ShotAsync("chinese-again");
    }

    [Fact]
    public async Task SignIn_CentreAdminWithoutSecondFactor_MustEnrolBeforeUsingTheAdminPages()
    {
        var userName = TestAccounts.UniqueName("centre");
        var password = TestAccounts.NewPassword();
        await new TestAccounts(system).CreateAccountAsync(userName, password, ["centre-admin"]);
        await using var session = await UiSession.OpenAsync(browser, system, "centre-admin");

        await session.SignInAsync(userName, password);
        await Expect(session.Page.Locator("#must-enrol")).ToBeVisibleAsync();
        await session.GoAsync("/admin/users");
        await Expect(session.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/two-factor$"));

        await session.Page.ClickAsync("#create-key");
        var key = await session.Page.Locator("#shared-key").InnerTextAsync();
        await Expect(session.Page.Locator("#authenticator-uri")).ToContainTextAsync($"secret={key}");
        await session.ShotAsync("key");
        await session.Page.FillAsync("#code", TestTotp.CodeNow(key));
        await session.Page.ClickAsync("#enable-two-factor");
        await Expect(session.Page.Locator("#two-factor-enabled")).ToBeVisibleAsync();
        await session.ShotAsync("enabled");

        await session.GoAsync("/admin/users");
        await Expect(session.Page.Locator("#users")).ToContainTextAsync(userName);
        await session.ShotAsync("users-loaded");
        await session.GoAsync("/admin/audit");
        await Expect(session.Page.Locator("#audit")).ToContainTextAsync("two-factor-enabled");
        await session.ShotAsync("audit-loaded");
        await session.GoAsync("/pi/assistants");
        await Expect(session.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/denied"));
    }

    [Fact]
    public async Task Home_SignedInPi_SeesOwnAllianceFromMembershipButNotAnothers()
    {
        var userName = TestAccounts.UniqueName("homepi");
        var password = TestAccounts.NewPassword();
        await new TestAccounts(system).CreateAccountAsync(userName, password, ["pi"]);
        var own = (await TestAlliances.RegisterAsync(system, userName)).Code;
        var others = (await TestAlliances.RegisterAsync(system, SystemFixture.SharedPiUserName)).Code;
        await using var session = await UiSession.OpenAsync(browser, system, "home-pi");

        await session.SignInAsync(userName, password);
        await session.GoAsync("/");

        await Expect(session.Page.Locator("#alliances")).ToContainTextAsync(own);
        await Expect(session.Page.Locator("#alliances")).Not.ToContainTextAsync(others);
        await session.ShotAsync("home-with-alliance");
    }
}
