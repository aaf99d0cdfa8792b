using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Alliance.Integration.Tests.Infrastructure;

/// <summary>
/// Accounts for tests, made through the gateway's API as an administrator would: either with a
/// client that carries a personal access token (signed in once, so no test leans on the
/// rate-limited sign-in door), or as a bare account for a browser to sign in with.
/// </summary>
public sealed class TestAccounts(SystemFixture system)
{
    public const string StrongPassword = "Vt7-correct-horse-battery";

    /// <summary>A user name that starts with <paramref name="prefix"/> and no other test uses.</summary>
    public static string UniqueName(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];

    public static string NewPassword() => $"Pw-{Guid.NewGuid():N}";

    /// <summary>A new account with <paramref name="roles"/> and a client that carries its personal access token.</summary>
    public async Task<TestUser> CreateAsync(string[] roles, Guid[]? reviewerAlliances = null, string? userName = null)
    {
        userName ??= $"u{Guid.NewGuid():N}"[..14];
        await CreateAccountAsync(userName, StrongPassword, roles, reviewerAlliances);
        return new TestUser(userName, await system.ClientWithTokenAsync(userName, StrongPassword));
    }

    /// <summary>A new PI account that nobody signs in as, for an alliance to name; returns its user name.</summary>
    public async Task<string> NewPiAccountAsync()
    {
        var userName = UniqueName("pi");
        await CreateAccountAsync(userName, NewPassword(), ["pi"]);
        return userName;
    }

    /// <summary>A new account and nothing else, for a browser to sign in with; a reviewer is assigned <paramref name="reviewerAlliances"/>' visits.</summary>
    public async Task CreateAccountAsync(string userName, string password, string[] roles, Guid[]? reviewerAlliances = null)
    {
        using var created = await system.Admin.PostAsJsonAsync("/api/auth/users",
            new { userName, displayName = $"測試 {string.Join('/', roles)}", password, roles }, TestContext.Current.CancellationToken);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        if (reviewerAlliances is { Length: > 0 })
        {
            await TestReviewers.AssignAsync(system, userName, reviewerAlliances);
        }
    }

    /// <summary>An assistant who registered for <paramref name="allianceCode"/> and whom its PI (<paramref name="pi"/>) approved.</summary>
    public async Task<TestUser> ApprovedAssistantAsync(HttpClient pi, string allianceCode)
    {
        var cancel = TestContext.Current.CancellationToken;
        var userName = UniqueName("asst");
        using var registered = await system.Gateway.PostAsJsonAsync("/api/auth/registrations",
            new { userName, displayName = "林助理", password = StrongPassword, allianceCode }, cancel);
        Assert.True(registered.StatusCode == HttpStatusCode.Created, await registered.Content.ReadAsStringAsync(cancel));
        var id = (await registered.Content.ReadFromJsonAsync<JsonElement>(cancel)).GetProperty("id").GetGuid();
        using var approved = await pi.PostAsync($"/api/auth/registrations/{id}/approve", null, cancel);
        approved.EnsureSuccessStatusCode();
        return new TestUser(userName, await system.ClientWithTokenAsync(userName, StrongPassword));
    }

    /// <summary>
    /// A personal access token of the account, made with a session token. An officer or centre
    /// administrator that has no authenticator yet enrols one first (with that session token, which
    /// is all the gateway lets it do until then); one that has gives its next one-time code.
    /// </summary>
    public static async Task<string> PersonalTokenAsync(HttpClient gateway, string userName, string password)
    {
        var session = await SessionTokenAsync(gateway, userName, password);
        if (!TestAuthenticators.IsEnrolled(userName) && await MustEnrolAsync(gateway, session))
        {
            await TestAuthenticators.EnrolAsync(gateway, userName, session);
        }

        using var personal = await gateway.SendAsync(
            TestAuthenticators.WithBearer(HttpMethod.Post, "/api/auth/personal-tokens", session, new { name = "tests", expiresInDays = 1 }));
        personal.EnsureSuccessStatusCode();
        return (await personal.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    /// <summary>A bearer token from the token endpoint, with the next one-time code when the account has an authenticator.</summary>
    public static async Task<string> SessionTokenAsync(HttpClient gateway, string userName, string password)
    {
        using var token = await TestAuthenticators.SignInAsync(userName,
            oneTimeCode => gateway.PostAsJsonAsync("/api/auth/token", new { userName, password, oneTimeCode }));
        token.EnsureSuccessStatusCode();
        return (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private static async Task<bool> MustEnrolAsync(HttpClient gateway, string session)
    {
        using var me = await gateway.SendAsync(TestAuthenticators.WithBearer(HttpMethod.Get, "/api/auth/me", session, null));
        me.EnsureSuccessStatusCode();
        var account = await me.Content.ReadFromJsonAsync<JsonElement>();
        return account.GetProperty("secondFactorRequired").GetBoolean() && !account.GetProperty("twoFactorEnabled").GetBoolean();
    }
}

public sealed record TestUser(string UserName, HttpClient Client);
