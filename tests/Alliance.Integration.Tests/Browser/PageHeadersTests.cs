using System.Net.Http.Json;
using Alliance.Integration.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Alliance.Integration.Tests.Browser;

/// <summary>Pages and the gateway's answers carry the security headers, and the pages still work under them.</summary>
public sealed class PageHeadersTests(SystemFixture system, BrowserFixture browser)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/account/sign-in")]
    [InlineData("/account/register")]
    [InlineData("/admin/users")]
    [InlineData("/notifications")]
    [InlineData("/programme")]
    [InlineData("/api/auth/me")]
    [InlineData("/api/auth/openapi/v1.json")]
    public async Task Answer_AnonymousPageOrApi_CarriesTheSecurityHeaders(string path)
    {
        using var response = await system.Gateway.GetAsync(path, TestContext.Current.CancellationToken);

        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task Answer_ProxiedFromAService_CarriesTheSecurityHeaders()
    {
        using var response = await system.Admin.GetAsync("/api/membership/domains", TestContext.Current.CancellationToken);

        Assert.True(response.IsSuccessStatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task Pages_SignInAndAnInteractivePage_WorkWithoutPolicyViolations()
    {
        var userName = TestAccounts.UniqueName("csp");
        var password = TestAccounts.NewPassword();
        await new TestAccounts(system).CreateAccountAsync(userName, password, ["pi"]);
        var alliance = await TestAlliances.RegisterAsync(system, userName);
        await using var session = await UiSession.OpenAsync(browser, system, "page-policy");
        var violations = TwoFactorPageTests.PolicyViolations(session.Page);

        await session.SignInAsync(userName, password);
        await Expect(session.Page.Locator("#alliances")).ToContainTextAsync(alliance.Code);
        var members = await session.Page.GotoAsync($"/alliances/{alliance.Id}/members");
        // Drawn by the page's circuit (it is not prerendered): the WebSocket works under the policy.
        await Expect(session.Page.Locator("#cutoff")).ToBeVisibleAsync();
        // The bell in the app bar is an interactive root of its own on the same circuit: it counts under the policy too.
        await Expect(session.Page.Locator("#notification-bell")).ToHaveAttributeAsync("data-unread", new System.Text.RegularExpressions.Regex("^[0-9]+$"));
        await session.ShotAsync("members-under-policy");

        Assert.Contains("frame-ancestors 'none'", Assert.Single(await members!.HeaderValuesAsync("content-security-policy")));
        Assert.Empty(violations);
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        foreach (var directive in new[] { "default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'", "img-src 'self' data:" })
        {
            Assert.Contains(directive, policy);
        }
    }
}
