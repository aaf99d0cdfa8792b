using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.Infrastructure;

namespace Alliance.Integration.Tests.Accounts;

/// <summary>The anonymous doors answer alike whether a user name exists, is locked or is free.</summary>
public sealed class SignInEnumerationTests(SystemFixture system)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Token_UnknownUserWrongPasswordAndLockedAccount_AreAnsweredAlike()
    {
        var user = await new TestAccounts(system).CreateAsync(["reviewer"]);
        var unknown = await RefusalAsync(TestAccounts.UniqueName("nobody"), "definitely-wrong");
        var wrong = await RefusalAsync(user.UserName, "definitely-wrong");
        for (var attempt = 2; attempt <= 5; attempt++)
        {
            await RefusalAsync(user.UserName, "definitely-wrong");
        }

        var locked = await RefusalAsync(user.UserName, TestAccounts.StrongPassword);

        Assert.Equal(unknown, wrong);
        Assert.Equal(unknown, locked);
        Assert.Equal("sign-in-failed", unknown.Code);
        var audit = await system.Admin.GetFromJsonAsync<JsonElement[]>($"/api/auth/audit?actor={user.UserName}", Cancel);
        Assert.Contains(audit!, e => e.GetProperty("outcome").GetString() == "LockedOut");
    }

    [Fact]
    public async Task Registration_TakenUserName_IsAnsweredAsAFreeOneAndMakesNothing()
    {
        var accounts = new TestAccounts(system);
        var pi = await accounts.CreateAsync(["pi"]);
        var alliance = await TestAlliances.RegisterAsync(system, pi.UserName);
        var existing = await accounts.CreateAsync(["reviewer"]);
        var freeName = TestAccounts.UniqueName("asst");

        using var free = await RegisterAsync(freeName, alliance.Code);
        using var taken = await RegisterAsync(existing.UserName, alliance.Code);

        Assert.Equal(HttpStatusCode.Created, free.StatusCode);
        Assert.Equal(free.StatusCode, taken.StatusCode);
        Assert.Equal(free.Content.Headers.ContentType, taken.Content.Headers.ContentType);
        Assert.StartsWith("/api/auth/registrations/", taken.Headers.Location!.OriginalString);
        var (freeBody, takenBody) = (await BodyAsync(free), await BodyAsync(taken));
        Assert.Equal(Names(freeBody), Names(takenBody));
        foreach (var same in new[] { "displayName", "allianceId", "allianceCode", "allianceName", "status", "decidedAt", "decidedBy" })
        {
            Assert.Equal(freeBody.GetProperty(same).ToString(), takenBody.GetProperty(same).ToString());
        }

        Assert.Equal(existing.UserName, takenBody.GetProperty("userName").GetString());
        var requests = await pi.Client.GetFromJsonAsync<JsonElement[]>("/api/auth/registrations", Cancel);
        Assert.Contains(requests!, r => r.GetProperty("userName").GetString() == freeName);
        Assert.DoesNotContain(requests!, r => r.GetProperty("userName").GetString() == existing.UserName);
        var account = await system.Admin.GetFromJsonAsync<JsonElement>($"/api/auth/users/{existing.UserName}", Cancel);
        Assert.Equal(["reviewer"], account.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        var audit = await system.Admin.GetFromJsonAsync<JsonElement[]>($"/api/auth/audit?actor={existing.UserName}", Cancel);
        Assert.Contains(audit!, e => e.GetProperty("action").GetString() == "assistant-registered" && e.GetProperty("outcome").GetString() == "NameTaken");
    }

    [Fact]
    public async Task Registration_TakenUserNameWithACommonPassword_IsRefusedAsAFreeOneIs()
    {
        var accounts = new TestAccounts(system);
        var pi = await accounts.CreateAsync(["pi"]);
        var alliance = await TestAlliances.RegisterAsync(system, pi.UserName);

        using var free = await RegisterAsync(TestAccounts.UniqueName("asst"), alliance.Code, "password1");
        using var taken = await RegisterAsync(pi.UserName, alliance.Code, "password1");

        Assert.Equal(HttpStatusCode.BadRequest, free.StatusCode);
        Assert.Equal(free.StatusCode, taken.StatusCode);
        Assert.Equal(Names((await BodyAsync(free)).GetProperty("errors")), Names((await BodyAsync(taken)).GetProperty("errors")));
    }

    private async Task<Refusal> RefusalAsync(string userName, string password)
    {
        using var response = await system.Gateway.PostAsJsonAsync("/api/auth/token", new { userName, password }, Cancel);
        var body = await BodyAsync(response);
        return new Refusal(response.StatusCode, body.GetProperty("code").GetString(), body.GetProperty("title").GetString(),
            string.Join(',', Names(body)), response.Headers.RetryAfter?.ToString());
    }

    private async Task<HttpResponseMessage> RegisterAsync(string userName, string allianceCode, string password = TestAccounts.StrongPassword) =>
        await system.Gateway.PostAsJsonAsync("/api/auth/registrations", new { userName, displayName = "林助理", password, allianceCode }, Cancel);

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

    private static string[] Names(JsonElement body) => body.EnumerateObject().Select(p => p.Name).Order().ToArray();

    /// <summary>Everything a caller sees of a refusal but its trace id.</summary>
    private sealed record Refusal(HttpStatusCode Status, string? Code, string? Title, string Fields, string? RetryAfter);
}
