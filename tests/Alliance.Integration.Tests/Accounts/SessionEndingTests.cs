using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.Infrastructure;

namespace Alliance.Integration.Tests.Accounts;

/// <summary>What ends a session: signing out ends it on the server; a password change ends all the others and every token.</summary>
public sealed class SessionEndingTests(SystemFixture system)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SignOut_TheCookieReplayed_IsRefused()
    {
        var userName = await NewAccountAsync();
        using var browser = new CookieBrowser(system);
        await browser.SignInAsync(userName, TestAccounts.StrongPassword);
        var kept = browser.SessionCookieValue;
        using (var before = await browser.SendAsync(HttpMethod.Get, "/api/auth/me"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await browser.SignOutAsync();
        browser.SessionCookieValue = kept;

        using var replayed = await browser.SendAsync(HttpMethod.Get, "/api/auth/me");
        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
        var audit = await AuditAsync(userName);
        Assert.Contains(audit, e => e.GetProperty("action").GetString() == "sign-out");
    }

    [Fact]
    public async Task PasswordChange_WithASessionToken_EndsEveryOtherSessionAndToken_ButKeepsThatOne()
    {
        var userName = await NewAccountAsync();
        var changer = await TestAccounts.SessionTokenAsync(system.Gateway, userName, TestAccounts.StrongPassword);
        var otherToken = await TestAccounts.SessionTokenAsync(system.Gateway, userName, TestAccounts.StrongPassword);
        var personal = await TestAccounts.PersonalTokenAsync(system.Gateway, userName, TestAccounts.StrongPassword);
        using var browser = new CookieBrowser(system);
        await browser.SignInAsync(userName, TestAccounts.StrongPassword);

        using (var change = await system.Gateway.SendAsync(TestAuthenticators.WithBearer(HttpMethod.Post, "/api/auth/password", changer,
            new { currentPassword = TestAccounts.StrongPassword, newPassword = TestAccounts.NewPassword() }), Cancel))
        {
            Assert.Equal(HttpStatusCode.NoContent, change.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, await MeAsync(changer));
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(otherToken));
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(personal));
        using var cookie = await browser.SendAsync(HttpMethod.Get, "/api/auth/me");
        Assert.Equal(HttpStatusCode.Unauthorized, cookie.StatusCode);
        var audit = await AuditAsync(userName);
        // The other session token, the personal one and the session token that made it; the one browser.
        Assert.Contains(audit, e => e.GetProperty("action").GetString() == "sessions-ended"
            && e.GetProperty("detail").GetString() == "password-changed; browser-sessions=1; tokens=3");
    }

    [Fact]
    public async Task PasswordChange_WithTheCookie_KeepsThatBrowserSignedIn_AndEndsTheOthers()
    {
        var userName = await NewAccountAsync();
        var token = await TestAccounts.SessionTokenAsync(system.Gateway, userName, TestAccounts.StrongPassword);
        using var changer = new CookieBrowser(system);
        using var other = new CookieBrowser(system);
        await changer.SignInAsync(userName, TestAccounts.StrongPassword);
        await other.SignInAsync(userName, TestAccounts.StrongPassword);

        using (var change = await changer.SendAsync(HttpMethod.Post, "/api/auth/password",
            JsonContent.Create(new { currentPassword = TestAccounts.StrongPassword, newPassword = TestAccounts.NewPassword() }), origin: changer.OwnOrigin))
        {
            Assert.Equal(HttpStatusCode.NoContent, change.StatusCode);
        }

        using var kept = await changer.SendAsync(HttpMethod.Get, "/api/auth/me");
        using var ended = await other.SendAsync(HttpMethod.Get, "/api/auth/me");
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, ended.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(token));
    }

    [Fact]
    public async Task CreatePersonalToken_WithAPersonalToken_IsRefused_WithASessionIsNot()
    {
        var user = await new TestAccounts(system).CreateAsync(["reviewer"]);
        var session = await TestAccounts.SessionTokenAsync(system.Gateway, user.UserName, TestAccounts.StrongPassword);
        var body = new { name = "offspring", expiresInDays = 30 };

        using var byPersonal = await user.Client.PostAsJsonAsync("/api/auth/personal-tokens", body, Cancel);
        using var bySession = await system.Gateway.SendAsync(TestAuthenticators.WithBearer(HttpMethod.Post, "/api/auth/personal-tokens", session, body), Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, byPersonal.StatusCode);
        Assert.Equal("session-required", (await byPersonal.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Created, bySession.StatusCode);
        var listed = await user.Client.GetFromJsonAsync<JsonElement[]>("/api/auth/personal-tokens", Cancel);
        Assert.Single(listed!, t => t.GetProperty("name").GetString() == "offspring");
        var audit = await AuditAsync(user.UserName);
        Assert.Contains(audit, e => e.GetProperty("action").GetString() == "personal-token-created"
            && e.GetProperty("outcome").GetString() == "Refused" && e.GetProperty("detail").GetString() == "session-required");
    }

    private async Task<string> NewAccountAsync()
    {
        var userName = TestAccounts.UniqueName("sessions");
        await new TestAccounts(system).CreateAccountAsync(userName, TestAccounts.StrongPassword, ["reviewer"]);
        return userName;
    }

    private async Task<HttpStatusCode> MeAsync(string bearer)
    {
        using var response = await system.Gateway.SendAsync(TestAuthenticators.WithBearer(HttpMethod.Get, "/api/auth/me", bearer, null), Cancel);
        return response.StatusCode;
    }

    private async Task<JsonElement[]> AuditAsync(string userName) =>
        (await system.Admin.GetFromJsonAsync<JsonElement[]>($"/api/auth/audit?actor={userName}", Cancel))!;
}
