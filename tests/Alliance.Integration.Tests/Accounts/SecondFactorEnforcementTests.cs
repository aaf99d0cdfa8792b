using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.Infrastructure;

namespace Alliance.Integration.Tests.Accounts;

/// <summary>
/// Officers and centre administrators without an authenticator: whatever their credential, the API
/// serves them only enrolment until they enrol; enrolling lifts it at once.
/// </summary>
public sealed class SecondFactorEnforcementTests(SystemFixture system)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Calls of the gateway's own API and of proxied services that an unenrolled credential may not make.</summary>
    private static readonly (string Method, string Path, string Body)[] Refused =
    [
        ("GET", "/api/membership/domains", ""),
        ("GET", "/api/revenue/income-categories", ""),
        ("GET", "/api/auth/personal-tokens", ""),
        ("POST", "/api/auth/personal-tokens", """{"name":"script","expiresInDays":30}"""),
        ("POST", "/api/auth/password", """{"currentPassword":"x","newPassword":"another-long-password"}"""),
    ];

    [Theory]
    [InlineData("centre-admin")]
    [InlineData("ministry-officer")]
    public async Task SessionToken_BeforeEnrolment_ServesOnlyEnrolment_AndEnrolmentLiftsIt(string role)
    {
        var userName = TestAccounts.UniqueName("unenrolled");
        await new TestAccounts(system).CreateAccountAsync(userName, TestAccounts.StrongPassword, [role]);
        var token = await TestAccounts.SessionTokenAsync(system.Gateway, userName, TestAccounts.StrongPassword);

        using (var me = await SendAsync("GET", "/api/auth/me", token))
        {
            Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        }

        foreach (var (method, path, body) in Refused)
        {
            using var refused = await SendAsync(method, path, token, body);
            await AssertSecondFactorRequiredAsync(refused, $"{method} {path}");
        }

        await TestAuthenticators.EnrolAsync(system.Gateway, userName, token);

        using (var domains = await SendAsync("GET", "/api/membership/domains", token))
        {
            Assert.Equal(HttpStatusCode.OK, domains.StatusCode);
        }

        using var full = await TestAuthenticators.SignInAsync(userName, oneTimeCode => system.Gateway.PostAsJsonAsync("/api/auth/token",
            new { userName, password = TestAccounts.StrongPassword, oneTimeCode }, Cancel));
        Assert.Equal(HttpStatusCode.OK, full.StatusCode);
        var audit = await system.Admin.GetFromJsonAsync<JsonElement[]>($"/api/auth/audit?actor={userName}", Cancel);
        Assert.Contains(audit!, e => e.GetProperty("action").GetString() == "authorization-denied"
            && e.GetProperty("subject").GetString() == "GET /api/membership/domains"
            && e.GetProperty("detail").GetString() == "second-factor-required");
    }

    [Fact]
    public async Task PersonalToken_OfAnAccountMadeCentreAdmin_IsLimitedToEnrolmentUntilItEnrols()
    {
        var user = await new TestAccounts(system).CreateAsync(["reviewer"]);
        using (var before = await user.Client.GetAsync("/api/membership/domains", Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        var account = await system.Admin.GetFromJsonAsync<JsonElement>($"/api/auth/users/{user.UserName}", Cancel);
        using (var promote = await system.Admin.PutAsJsonAsync($"/api/auth/users/{user.UserName}",
            new { displayName = "中心管理者", roles = new[] { "centre-admin" }, disabled = false, version = account.GetProperty("version").GetInt64() }, Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, promote.StatusCode);
        }

        using var refused = await user.Client.GetAsync("/api/membership/domains", Cancel);
        using var me = await user.Client.GetAsync("/api/auth/me", Cancel);

        await AssertSecondFactorRequiredAsync(refused, "GET /api/membership/domains");
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
    }

    [Fact]
    public async Task Cookie_BeforeEnrolment_ReachesNoProxiedApi_ButTellsWhoItIs()
    {
        var userName = TestAccounts.UniqueName("unenrolled");
        await new TestAccounts(system).CreateAccountAsync(userName, TestAccounts.StrongPassword, ["centre-admin"]);
        using var browser = new CookieBrowser(system);
        await browser.SignInAsync(userName, TestAccounts.StrongPassword);

        using var me = await browser.SendAsync(HttpMethod.Get, "/api/auth/me");
        using var domains = await browser.SendAsync(HttpMethod.Get, "/api/membership/domains");
        using var created = await browser.SendAsync(HttpMethod.Post, "/api/membership/domains",
            JsonContent.Create(new { code = "x", name = "x" }), origin: browser.OwnOrigin);

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        await AssertSecondFactorRequiredAsync(domains, "GET /api/membership/domains");
        await AssertSecondFactorRequiredAsync(created, "POST /api/membership/domains");
    }

    private async Task<HttpResponseMessage> SendAsync(string method, string path, string token, string body = "")
    {
        using var request = TestAuthenticators.WithBearer(new HttpMethod(method), path, token, null);
        if (body.Length > 0)
        {
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        }

        request.Headers.AcceptLanguage.ParseAdd("en");
        return await system.Gateway.SendAsync(request, Cancel);
    }

    private static async Task AssertSecondFactorRequiredAsync(HttpResponseMessage response, string call)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{call} answered {(int)response.StatusCode}, not 403.");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal("second-factor-required", problem.GetProperty("code").GetString());
    }
}
