using System.Net;
using System.Net.Http.Json;
using Alliance.Integration.Tests.EndToEnd;
using Alliance.Integration.Tests.Infrastructure;

namespace Alliance.Integration.Tests.Browser;

/// <summary>Makes the accounts and alliances a journey needs through the API, as the administrator with a bearer token.</summary>
public static class Accounts
{
    public static string UniqueName(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];

    public static string NewPassword() => $"Pw-{Guid.NewGuid():N}";

    public static async Task CreateUserAsync(SystemFixture system, string userName, string password, params string[] roles)
    {
        using var response = await system.Admin.PostAsJsonAsync("/api/auth/users",
            new { userName, displayName = $"測試 {userName}", password, roles }, TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>Registers an alliance led by <paramref name="piUserName"/> and waits until the gateway's copy knows it.</summary>
    public static async Task<string> CreateAllianceAsync(SystemFixture system, string piUserName)
    {
        var code = AllianceRegistrationTests.UniqueCode();
        var alliance = new { code, name = "智慧製造技術聯盟", hostInstitution = "國立臺灣大學", domainCode = "ict", phase = 1, yearInPhase = 2, piUserName };
        using var created = await system.Admin.PostAsJsonAsync("/api/membership/alliances", alliance, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        // The probe names the existing administrator: a known alliance then answers 409 and no account is made.
        var probe = new { userName = SystemFixture.AdminUserName, displayName = "probe", password = NewPassword(), allianceCode = code };
        await Eventually.Until(async () =>
        {
            using var response = await system.Gateway.PostAsJsonAsync("/api/auth/registrations", probe, TestContext.Current.CancellationToken);
            return response.StatusCode is not HttpStatusCode.UnprocessableEntity and not HttpStatusCode.TooManyRequests;
        }, TimeSpan.FromSeconds(30), $"the gateway to know alliance {code}");
        return code;
    }
}
