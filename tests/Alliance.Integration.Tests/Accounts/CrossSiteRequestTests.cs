using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.Infrastructure;

namespace Alliance.Integration.Tests.Accounts;

/// <summary>
/// Changes sent with the sign-in cookie count only from the gateway's own origin: a page on another
/// port or subdomain of the same site gets the cookie sent along (SameSite=Lax), but not obeyed.
/// </summary>
public sealed class CrossSiteRequestTests(SystemFixture system)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CookieChange_FromAnotherOrigin_IsRefusedAndChangesNothing()
    {
        var (browser, alliance) = await SignedInPiAsync();
        using var _ = browser;

        using var byOrigin = await browser.SendAsync(HttpMethod.Post, alliance.MembersPath, JsonContent.Create(MemberBodies.TaiwanCompany()), origin: browser.OtherOrigin);
        using var byReferer = await browser.SendAsync(HttpMethod.Post, alliance.MembersPath, JsonContent.Create(MemberBodies.TaiwanCompany()), referer: $"{browser.OtherOrigin}/form");
        using var unnamed = await browser.SendAsync(HttpMethod.Post, alliance.MembersPath, JsonContent.Create(MemberBodies.TaiwanCompany()));
        using var token = await browser.SendAsync(HttpMethod.Post, "/api/auth/personal-tokens",
            JsonContent.Create(new { name = "planted", expiresInDays = 30 }), origin: browser.OtherOrigin);

        await AssertCrossSiteAsync(byOrigin);
        await AssertCrossSiteAsync(byReferer);
        await AssertCrossSiteAsync(unnamed);
        await AssertCrossSiteAsync(token);
        using var members = await browser.SendAsync(HttpMethod.Get, alliance.MembersPath, origin: browser.OtherOrigin);
        Assert.Equal(HttpStatusCode.OK, members.StatusCode);
        Assert.Empty((await members.Content.ReadFromJsonAsync<JsonElement>(Cancel)).EnumerateArray());
        using var tokens = await browser.SendAsync(HttpMethod.Get, "/api/auth/personal-tokens");
        Assert.Empty((await tokens.Content.ReadFromJsonAsync<JsonElement>(Cancel)).EnumerateArray());
    }

    [Fact]
    public async Task CookieChange_FromTheGatewaysOwnOrigin_IsAccepted()
    {
        var (browser, alliance) = await SignedInPiAsync();
        using var _ = browser;

        using var byOrigin = await browser.SendAsync(HttpMethod.Post, alliance.MembersPath, JsonContent.Create(MemberBodies.TaiwanCompany()), origin: browser.OwnOrigin);
        using var byReferer = await browser.SendAsync(HttpMethod.Post, alliance.MembersPath, JsonContent.Create(MemberBodies.TaiwanCompany()), referer: $"{browser.OwnOrigin}/alliances");

        Assert.Equal(HttpStatusCode.Created, byOrigin.StatusCode);
        Assert.Equal(HttpStatusCode.Created, byReferer.StatusCode);
    }

    [Fact]
    public async Task BearerChange_WithAnotherOrigin_IsAccepted()
    {
        var pi = await new TestAccounts(system).CreateAsync(["pi"]);
        var alliance = await TestAlliances.RegisterAsync(system, pi.UserName);
        using var request = new HttpRequestMessage(HttpMethod.Post, alliance.MembersPath) { Content = JsonContent.Create(MemberBodies.TaiwanCompany()) };
        request.Headers.Add("Origin", "http://elsewhere.example");

        using var response = await pi.Client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private async Task<(CookieBrowser Browser, TestAlliance Alliance)> SignedInPiAsync()
    {
        var userName = TestAccounts.UniqueName("csrf");
        await new TestAccounts(system).CreateAccountAsync(userName, TestAccounts.StrongPassword, ["pi"]);
        var alliance = await TestAlliances.RegisterAsync(system, userName);
        var browser = new CookieBrowser(system);
        await browser.SignInAsync(userName, TestAccounts.StrongPassword);
        return (browser, alliance);
    }

    private static async Task AssertCrossSiteAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("cross-site-request", (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("code").GetString());
    }
}
