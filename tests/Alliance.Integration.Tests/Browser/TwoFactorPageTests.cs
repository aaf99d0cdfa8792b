using System.Text.RegularExpressions;
using Alliance.Integration.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Alliance.Integration.Tests.Browser;

public sealed class TwoFactorPageTests(SystemFixture system, BrowserFixture browser)
{
    [Fact]
    public async Task TwoFactor_KeyGeneratedThenLeftUnconfirmed_CanBeGeneratedAgainWithAQrCodeAndEnrolled()
    {
        var userName = TestAccounts.UniqueName("enrol");
        var password = TestAccounts.NewPassword();
        await new TestAccounts(system).CreateAccountAsync(userName, password, ["centre-admin"]);
        await using var session = await UiSession.OpenAsync(browser, system, "two-factor-again");
        var policyViolations = PolicyViolations(session.Page);
        await session.SignInAsync(userName, password);
        await session.Page.ClickAsync("#create-key");
        var firstKey = await session.Page.Locator("#shared-key").InnerTextAsync();

        await session.GoAsync("/");
        await session.GoAsync("/account/two-factor");
        var again = await session.Page.RunAndWaitForResponseAsync(() => session.Page.ClickAsync("#create-key"),
            response => response.Request.Method == "POST" && response.Url.EndsWith("/account/two-factor", StringComparison.Ordinal));

        Assert.Equal(200, again.Status);
        var key = await session.Page.Locator("#shared-key").InnerTextAsync();
        Assert.NotEqual(firstKey, key);
        var qr = session.Page.Locator("#authenticator-qr");
        await Expect(qr).ToBeVisibleAsync();
        Assert.True(await qr.EvaluateAsync<int>("image => image.complete ? image.naturalWidth : 0") >= 150);
        await session.ShotAsync("qr");
        await session.Page.FillAsync("#code", TestTotp.CodeNow(key));
        await session.Page.ClickAsync("#enable-two-factor");
        await Expect(session.Page.Locator("#two-factor-enabled")).ToBeVisibleAsync();
        Assert.Empty(policyViolations);
    }

    /// <summary>Chromium reports each thing a page's content policy blocks on the console.</summary>
    public static List<string> PolicyViolations(IPage page)
    {
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (Regex.IsMatch(message.Text, "Content[ -]Security[ -]Policy", RegexOptions.IgnoreCase))
            {
                violations.Add(message.Text);
            }
        };
        return violations;
    }
}
