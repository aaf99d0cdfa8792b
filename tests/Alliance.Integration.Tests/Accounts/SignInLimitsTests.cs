using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.Infrastructure;

namespace Alliance.Integration.Tests.Accounts;

/// <summary>
/// Both sign-in doors count attempts per user name (10 a minute) as well as per address; the test
/// run raises the per-address limits, so these tests exceed the per-name one, as a brute force on
/// one account from many addresses would.
/// </summary>
public sealed class SignInLimitsTests(SystemFixture system)
{
    private const int PerUserNamePerMinute = 10;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Token_MoreAttemptsOnOneNameThanTheLimit_Answers429WithRetryAfter()
    {
        var userName = TestAccounts.UniqueName("brute");
        for (var attempt = 1; attempt <= PerUserNamePerMinute; attempt++)
        {
            using var refused = await TokenAsync(userName);
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        using var limited = await TokenAsync(userName);
        using var otherName = await TokenAsync(TestAccounts.UniqueName("brute"));

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.InRange(limited.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        Assert.Equal("too-many-attempts", (await limited.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, otherName.StatusCode);
    }

    [Fact]
    public async Task SignInForm_MoreAttemptsOnOneNameThanTheLimitOverBothDoors_Answers429WithRetryAfter()
    {
        var userName = TestAccounts.UniqueName("brute");
        using var form = new WebForm(system, "/account/sign-in");
        for (var attempt = 1; attempt <= PerUserNamePerMinute; attempt++)
        {
            using var refused = attempt % 2 == 0 ? await TokenAsync(userName) : await SignInAsync(form, userName);
            Assert.NotEqual(HttpStatusCode.TooManyRequests, refused.StatusCode);
        }

        using var limited = await SignInAsync(form, userName);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.InRange(limited.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        Assert.Contains("登入嘗試次數過多", await limited.Content.ReadAsStringAsync(Cancel));
    }

    private async Task<HttpResponseMessage> TokenAsync(string userName) =>
        await system.Gateway.PostAsJsonAsync("/api/auth/token", new { userName, password = "definitely-wrong" }, Cancel);

    private static Task<HttpResponseMessage> SignInAsync(WebForm form, string userName) =>
        form.PostAsync("sign-in", new Dictionary<string, string> { ["UserName"] = userName, ["Password"] = "definitely-wrong", ["OneTimeCode"] = "" });
}
