using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Alliance.Integration.Tests.Infrastructure;

/// <summary>
/// Accounts for tests, made through the gateway's API as an administrator would, each signed in
/// once to get a personal access token, so no test leans on the rate-limited sign-in door.
/// </summary>
public sealed class TestAccounts(SystemFixture system)
{
    public const string StrongPassword = "Vt7-correct-horse-battery";

    /// <summary>A new account with <paramref name="roles"/> and a client that carries its personal access token.</summary>
    public async Task<TestUser> CreateAsync(string[] roles, Guid[]? reviewerAlliances = null, string? userName = null)
    {
        userName ??= $"u{Guid.NewGuid():N}"[..14];
        using var created = await system.Admin.PostAsJsonAsync("/api/auth/users", new
        {
            userName,
            displayName = $"Test {string.Join('/', roles)}",
            password = StrongPassword,
            roles,
            reviewerAlliances,
        });
        created.EnsureSuccessStatusCode();
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
