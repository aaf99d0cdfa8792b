using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.EndToEnd;

namespace Alliance.Integration.Tests.Infrastructure;

/// <summary>An alliance a test registered, and the paths of its records.</summary>
public sealed record TestAlliance(Guid Id, string Code)
{
    public string Path => $"/api/membership/alliances/{Id}";

    public string MembersPath => $"{Path}/members";
}

/// <summary>Alliances for tests, registered by the administrator through the gateway.</summary>
public static class TestAlliances
{
    /// <summary>Registers an alliance led by <paramref name="piUserName"/> and waits until the gateway's copy knows it (and so its PI's scope has it).</summary>
    public static async Task<TestAlliance> RegisterAsync(SystemFixture system, string piUserName, string name = "智慧製造技術聯盟", string domainCode = "ict")
    {
        var code = AllianceRegistrationTests.UniqueCode();
        var alliance = new { code, name, hostInstitution = "國立臺灣大學", domainCode, phase = 1, yearInPhase = 2, piUserName };
        using var created = await system.Admin.PostAsJsonAsync("/api/membership/alliances", alliance, TestContext.Current.CancellationToken);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetGuid();

        await UntilRegistrationDoorAsync(system, code, knows => knows, $"the gateway to know alliance {code}");
        return new TestAlliance(id, code);
    }

    /// <summary>Terminates the alliance (as the centre) and waits until the gateway's copy knows it is terminated.</summary>
    public static async Task TerminateAsync(SystemFixture system, TestAlliance alliance)
    {
        var cancel = TestContext.Current.CancellationToken;
        var current = await system.Admin.GetFromJsonAsync<JsonElement>(alliance.Path, cancel);
        using var terminated = await system.Admin.PostAsJsonAsync($"{alliance.Path}/terminate",
            new { terminatedOn = "2020-01-31", reason = "期中審查未通過", version = current.GetProperty("version").GetInt64() }, cancel);
        Assert.True(terminated.IsSuccessStatusCode, await terminated.Content.ReadAsStringAsync(cancel));
        await UntilRegistrationDoorAsync(system, alliance.Code, knows => !knows, $"the gateway to learn that {alliance.Code} is terminated");
    }

    /// <summary>
    /// Waits until assistants' registration door takes the alliance code (<paramref name="expected"/>
    /// true) or refuses it as unknown or terminated. The probe names the existing administrator, so a
    /// code the door takes answers as for any name (the door does not tell taken names) and no account is made.
    /// </summary>
    private static Task UntilRegistrationDoorAsync(SystemFixture system, string code, Func<bool, bool> expected, string what)
    {
        var probe = new { userName = SystemFixture.AdminUserName, displayName = "probe", password = TestAccounts.NewPassword(), allianceCode = code };
        return Eventually.Until(async () =>
        {
            using var response = await system.Gateway.PostAsJsonAsync("/api/auth/registrations", probe, TestContext.Current.CancellationToken);
            return response.StatusCode != HttpStatusCode.TooManyRequests && expected(response.StatusCode != HttpStatusCode.UnprocessableEntity);
        }, TimeSpan.FromSeconds(30), what);
    }

    /// <summary>A new PI, as a client with its token, leading a new alliance; and the path of that alliance's members.</summary>
    public static async Task<(HttpClient Pi, string MembersPath)> WithNewPiAsync(SystemFixture system)
    {
        var pi = await new TestAccounts(system).CreateAsync(["pi"]);
        var alliance = await RegisterAsync(system, pi.UserName);
        return (pi.Client, alliance.MembersPath);
    }
}
