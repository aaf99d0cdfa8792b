using System.Net;
using System.Net.Http.Headers;
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

    /// <summary>A new account and nothing else, for a browser to sign in with.</summary>
    public async Task CreateAccountAsync(string userName, string password, string[] roles, Guid[]? reviewerAlliances = null)
    {
        using var created = await system.Admin.PostAsJsonAsync("/api/auth/users",
            new { userName, displayName = $"測試 {string.Join('/', roles)}", password, roles, reviewerAlliances }, TestContext.Current.CancellationToken);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
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

    public static async Task<string> PersonalTokenAsync(HttpClient gateway, string userName, string password)
    {
        using var token = await gateway.PostAsJsonAsync("/api/auth/token", new { userName, password });
        token.EnsureSuccessStatusCode();
        var session = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/personal-tokens")
        {
            Content = JsonContent.Create(new { name = "tests", expiresInDays = 1 }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session);
        using var personal = await gateway.SendAsync(request);
        personal.EnsureSuccessStatusCode();
        return (await personal.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }
}

public sealed record TestUser(string UserName, HttpClient Client);
