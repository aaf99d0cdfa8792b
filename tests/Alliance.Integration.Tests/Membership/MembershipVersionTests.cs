using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.Infrastructure;
using Alliance.Integration.Tests.Revenue;

namespace Alliance.Integration.Tests.Membership;

/// <summary>ADR-010 in membership: versions start at 1 and grow by one per change; a change without the version read is refused.</summary>
public sealed class MembershipVersionTests(SystemFixture system)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Records_EachChange_RaisesTheirVersionByOne_AndTheMembersEventsCarryIt()
    {
        var alliance = await RevenueAlliance.CreateAsync(system);
        var path = $"/api/membership/alliances/{alliance.Id}";
        var registered = await system.Admin.GetFromJsonAsync<JsonElement>(path, Cancel);
        var edited = await SendOkAsync(system.Admin, HttpMethod.Put, path, new
        {
            name = "版本測試聯盟", hostInstitution = "國立成功大學", domainCode = "electronics", phase = 2, yearInPhase = 3,
            piUserName = alliance.PiUser.UserName, version = VersionOf(registered),
        });
        var tier = await SendOkAsync(alliance.Pi, HttpMethod.Post, $"{path}/fee-tiers", new { name = "版本分級", yearlyFee = 30000, services = "設備使用" });
        var tierChanged = await SendOkAsync(alliance.Pi, HttpMethod.Put, $"{path}/fee-tiers/{IdOf(tier)}",
            new { name = "版本分級", yearlyFee = 40000, services = "設備使用", version = VersionOf(tier) });
        var member = await SendOkAsync(alliance.Pi, HttpMethod.Post, alliance.Members, MemberBodies.TaiwanCompany("臺南市"));
        var memberPath = $"{alliance.Members}/{IdOf(member)}";
        var memberChanged = await SendOkAsync(alliance.Pi, HttpMethod.Put, memberPath, new
        {
            name = "版本科技股份有限公司", organisationKind = "taiwan-company", registrationNumber = member.GetProperty("registrationNumber").GetString(),
            county = "臺南市", version = VersionOf(member),
        });
        // A change to a contract is a change to its member too: the member's events carry its version.
        var contract = await SendOkAsync(alliance.Pi, HttpMethod.Post, $"{memberPath}/contracts", new { start = "2019-01-01", end = "2019-12-31", paid = true, fee = 30000 });
        var contractChanged = await SendOkAsync(alliance.Pi, HttpMethod.Put, $"{memberPath}/contracts/{IdOf(contract)}",
            new { start = "2019-01-01", end = "2019-11-30", paid = true, fee = 30000, version = VersionOf(contract) });
        var memberNow = await alliance.Pi.GetFromJsonAsync<JsonElement>(memberPath, Cancel);
        var code = TestDomains.NewCode();
        var domain = await SendOkAsync(system.Admin, HttpMethod.Post, "/api/membership/domains", new { code, nameZh = "版本領域", nameEn = "Version domain", sortOrder = 96 });
        var domainChanged = await SendOkAsync(system.Admin, HttpMethod.Put, $"/api/membership/domains/{code}",
            new { nameZh = "版本領域二", nameEn = "Version domain 2", sortOrder = 96, version = VersionOf(domain) });

        Assert.Equal(
            [("alliance", 1L, 2L), ("fee tier", 1L, 2L), ("member", 1L, 2L), ("contract", 1L, 2L), ("domain", 1L, 2L)],
            [("alliance", VersionOf(registered), VersionOf(edited)), ("fee tier", VersionOf(tier), VersionOf(tierChanged)),
             ("member", VersionOf(member), VersionOf(memberChanged)), ("contract", VersionOf(contract), VersionOf(contractChanged)),
             ("domain", VersionOf(domain), VersionOf(domainChanged))]);
        Assert.Equal(4L, VersionOf(memberNow));
        var history = await system.Admin.GetFromJsonAsync<JsonElement[]>($"{path}/history", Cancel);
        Assert.Equal([1L, 2L], history!.Select(h => VersionOf(h.GetProperty("after"))));
        await alliance.WaitForMemberCopyAsync(IdOf(member), 4);
        Assert.Equal(4L, await alliance.MemberCopyVersionAsync(IdOf(member)));
    }

    [Fact]
    public async Task Changes_WithoutTheVersionRead_Are400NamingVersion_AndChangeNothing()
    {
        var pi = await new TestAccounts(system).CreateAsync(["pi"]);
        var alliance = await TestAlliances.RegisterAsync(system, pi.UserName);
        var tier = await SendOkAsync(pi.Client, HttpMethod.Post, $"{alliance.Path}/fee-tiers", new { name = "無版本分級", yearlyFee = 30000, services = "設備使用" });
        var member = await SendOkAsync(pi.Client, HttpMethod.Post, alliance.MembersPath, MemberBodies.TaiwanCompany());
        var memberPath = $"{alliance.MembersPath}/{IdOf(member)}";
        var contract = await SendOkAsync(pi.Client, HttpMethod.Post, $"{memberPath}/contracts", new { start = "2019-01-01", end = "2019-12-31", paid = true, fee = 30000 });
        var code = TestDomains.NewCode();
        await SendOkAsync(system.Admin, HttpMethod.Post, "/api/membership/domains", new { code, nameZh = "無版本領域", nameEn = "No version domain", sortOrder = 95 });

        (HttpClient Client, HttpMethod Method, string Path, object Body)[] changes =
        [
            (system.Admin, HttpMethod.Put, alliance.Path,
                new { name = "改名", hostInstitution = "國立臺灣大學", domainCode = "ict", phase = 1, yearInPhase = 2, piUserName = pi.UserName }),
            (system.Admin, HttpMethod.Post, $"{alliance.Path}/terminate", new { terminatedOn = "2020-01-31", reason = "無版本" }),
            (system.Admin, HttpMethod.Put, $"/api/membership/domains/{code}", new { nameZh = "改名", nameEn = "Renamed", sortOrder = 95 }),
            (pi.Client, HttpMethod.Put, $"{alliance.Path}/fee-tiers/{IdOf(tier)}", new { name = "改名", yearlyFee = 1, services = "改" }),
            (pi.Client, HttpMethod.Put, memberPath, new { name = "改名", organisationKind = "natural-person" }),
            (pi.Client, HttpMethod.Put, $"{memberPath}/contracts/{IdOf(contract)}", new { start = "2019-01-01", end = "2019-06-30", paid = false, fee = 0 }),
        ];
        var outcomes = new List<string>();
        foreach (var (client, method, target, body) in changes)
        {
            using var request = new HttpRequestMessage(method, target) { Content = JsonContent.Create(body) };
            using var response = await client.SendAsync(request, Cancel);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
            outcomes.Add($"{(int)response.StatusCode} {string.Join(',', problem.GetProperty("errors").EnumerateObject().Select(e => e.Name))}");
        }

        Assert.Equal(Enumerable.Repeat("400 version", changes.Length), outcomes);
        var stored = await system.Admin.GetFromJsonAsync<JsonElement>(alliance.Path, Cancel);
        var storedMember = await pi.Client.GetFromJsonAsync<JsonElement>(memberPath, Cancel);
        var tiers = await pi.Client.GetFromJsonAsync<JsonElement[]>($"{alliance.Path}/fee-tiers", Cancel);
        var domains = await system.Admin.GetFromJsonAsync<JsonElement[]>("/api/membership/domains", Cancel);
        Assert.Equal((1L, JsonValueKind.Null, 1L, 2L, 1L, 1L),
            (VersionOf(stored), stored.GetProperty("terminatedOn").ValueKind, VersionOf(tiers!.Single()), VersionOf(storedMember),
             VersionOf(storedMember.GetProperty("contracts")[0]), VersionOf(domains!.Single(d => d.GetProperty("code").GetString() == code))));
    }

    private static long VersionOf(JsonElement record) => record.GetProperty("version").GetInt64();

    private static Guid IdOf(JsonElement record) => record.GetProperty("id").GetGuid();

    private static async Task<JsonElement> SendOkAsync(HttpClient client, HttpMethod method, string path, object body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        using var response = await client.SendAsync(request, Cancel);
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Cancel)}");
        return await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
    }
}
