using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.Infrastructure;

namespace Alliance.Integration.Tests.EndToEnd;

/// <summary>A centre administrator edits and terminates alliances; everyone downstream follows.</summary>
public sealed class AllianceChangeTests(SystemFixture system)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UpdateAlliance_NewPi_GetsTheAllianceInScopeAndTheHistorySaysWhoChangedWhat()
    {
        var accounts = new TestAccounts(system);
        var firstPi = await accounts.CreateAsync(["pi"]);
        var secondPi = await accounts.CreateAsync(["pi"]);
        var alliance = await RegisterAsync(firstPi.UserName);

        using var update = await system.Admin.PutAsJsonAsync($"/api/membership/alliances/{alliance.Id}", Edit(alliance, secondPi.UserName), Cancel);

        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        await Eventually.Until(async () => await CanReadAsync(secondPi.Client, alliance.Id) && !await CanReadAsync(firstPi.Client, alliance.Id),
            TimeSpan.FromSeconds(15), "the new PI to gain, and the old one to lose, the alliance");
        var roster = await Eventually.Until(
            () => system.Admin.GetFromJsonAsync<JsonElement[]>("/api/reporting/alliances", Cancel)!,
            rows => rows!.Any(r => r.GetProperty("id").GetGuid() == alliance.Id && r.GetProperty("piUserName").GetString() == secondPi.UserName),
            TimeSpan.FromSeconds(15), "reporting's roster to follow the change");
        Assert.NotNull(roster);

        var history = await system.Admin.GetFromJsonAsync<JsonElement[]>($"/api/membership/alliances/{alliance.Id}/history", Cancel);
        Assert.Equal(["created", "changed"], history!.Select(h => h.GetProperty("action").GetString()));
        var change = history![1];
        Assert.Equal("admin", change.GetProperty("actor").GetString());
        Assert.Equal(firstPi.UserName, change.GetProperty("before").GetProperty("piUserName").GetString());
        Assert.Equal(secondPi.UserName, change.GetProperty("after").GetProperty("piUserName").GetString());
    }

    [Fact]
    public async Task UpdateAlliance_StaleVersion_IsAConflictAndLosesNothing()
    {
        var accounts = new TestAccounts(system);
        var firstPi = await accounts.NewPiAccountAsync();
        var secondPi = await accounts.NewPiAccountAsync();
        var alliance = await RegisterAsync(SystemFixture.SharedPiUserName);
        using var first = await system.Admin.PutAsJsonAsync($"/api/membership/alliances/{alliance.Id}", Edit(alliance, firstPi, "第一次修改"), Cancel);
        using var second = await system.Admin.PutAsJsonAsync($"/api/membership/alliances/{alliance.Id}", Edit(alliance, secondPi, "第二次修改"), Cancel);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var stored = await system.Admin.GetFromJsonAsync<JsonElement>($"/api/membership/alliances/{alliance.Id}", Cancel);
        Assert.Equal("第一次修改", stored.GetProperty("name").GetString());
        Assert.Equal(firstPi, stored.GetProperty("piUserName").GetString());
    }

    [Fact]
    public async Task TerminateAlliance_KeepsItAndItsHistory_AndRefusesASecondTermination()
    {
        var alliance = await RegisterAsync(SystemFixture.SharedPiUserName);

        using var terminate = await system.Admin.PostAsJsonAsync($"/api/membership/alliances/{alliance.Id}/terminate",
            new { terminatedOn = "2020-01-31", reason = "計畫結束", version = alliance.Version }, Cancel);
        var terminated = await terminate.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        using var again = await system.Admin.PostAsJsonAsync($"/api/membership/alliances/{alliance.Id}/terminate",
            new { terminatedOn = "2020-02-01", reason = "again", version = terminated.GetProperty("version").GetInt64() }, Cancel);

        Assert.Equal(HttpStatusCode.OK, terminate.StatusCode);
        Assert.Equal("2020-01-31", terminated.GetProperty("terminatedOn").GetString());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var history = await system.Admin.GetFromJsonAsync<JsonElement[]>($"/api/membership/alliances/{alliance.Id}/history", Cancel);
        Assert.Equal(["created", "terminated"], history!.Select(h => h.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task TerminateAlliance_ItsPiAndAssistantStillReadIt_AndEveryChangeIs422()
    {
        var accounts = new TestAccounts(system);
        var pi = await accounts.CreateAsync(["pi"]);
        var alliance = await TestAlliances.RegisterAsync(system, pi.UserName);
        var assistant = (await accounts.ApprovedAssistantAsync(pi.Client, alliance.Code)).Client;
        using (var added = await pi.Client.PostAsJsonAsync(alliance.MembersPath, MemberBodies.TaiwanCompany(), Cancel))
        {
            Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        }

        await TestAlliances.TerminateAsync(system, alliance);

        foreach (var reader in new[] { pi.Client, assistant })
        {
            var me = await reader.GetFromJsonAsync<JsonElement>("/api/auth/me", Cancel);
            Assert.Contains(alliance.Id, me.GetProperty("alliances").EnumerateArray().Select(a => a.GetGuid()));
            Assert.True(await CanReadAsync(reader, alliance.Id));
            Assert.Single((await reader.GetFromJsonAsync<JsonElement[]>(alliance.MembersPath, Cancel))!);
            using var summary = await reader.GetAsync($"{alliance.Path}/member-summary?year=108", Cancel);
            Assert.Equal(HttpStatusCode.OK, summary.StatusCode);
            using var export = await reader.GetAsync($"{alliance.MembersPath}/export?year=108", Cancel);
            Assert.Equal(HttpStatusCode.OK, export.StatusCode);
            using var add = await reader.PostAsJsonAsync(alliance.MembersPath, MemberBodies.TaiwanCompany(), Cancel);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, add.StatusCode);
            using var import = await reader.PostAsync($"{alliance.MembersPath}/import", MemberSheets.Upload(MemberSheets.Build([MemberSheets.Company()])), Cancel);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, import.StatusCode);
        }

        Assert.Single((await pi.Client.GetFromJsonAsync<JsonElement[]>(alliance.MembersPath, Cancel))!);
    }

    [Fact]
    public async Task Domains_CentreAddsAndRenamesOne_WithItsHistory()
    {
        var code = TestDomains.NewCode();
        using var added = await system.Admin.PostAsJsonAsync("/api/membership/domains", new { code, nameZh = "太空科技", nameEn = "Space technology", sortOrder = 9 }, Cancel);
        var domain = await added.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        using var renamed = await system.Admin.PutAsJsonAsync($"/api/membership/domains/{code}",
            new { nameZh = "太空與航太科技", nameEn = "Space and aerospace technology", sortOrder = 9, version = domain.GetProperty("version").GetInt64() }, Cancel);
        using var bad = await system.Admin.PostAsJsonAsync("/api/membership/domains", new { code = "Not A Code", nameZh = "x", nameEn = "x", sortOrder = 1 }, Cancel);

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var domains = await system.Admin.GetFromJsonAsync<JsonElement[]>("/api/membership/domains", Cancel);
        Assert.Contains(domains!, d => d.GetProperty("code").GetString() == code && d.GetProperty("nameZh").GetString() == "太空與航太科技");
        var history = await system.Admin.GetFromJsonAsync<JsonElement[]>($"/api/membership/domains/{code}/history", Cancel);
        Assert.Equal(["created", "changed"], history!.Select(h => h.GetProperty("action").GetString()));
    }

    private sealed record Registered(Guid Id, string Code, long Version);

    private async Task<Registered> RegisterAsync(string piUserName)
    {
        var code = AllianceRegistrationTests.UniqueCode();
        using var response = await system.Admin.PostAsJsonAsync("/api/membership/alliances",
            new { code, name = "變更測試聯盟", hostInstitution = "國立成功大學", domainCode = "biomedical", phase = 2, yearInPhase = 1, piUserName }, Cancel);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        return new Registered(body.GetProperty("id").GetGuid(), code, body.GetProperty("version").GetInt64());
    }

    private static object Edit(Registered alliance, string piUserName, string name = "變更測試聯盟") => new
    {
        name, hostInstitution = "國立成功大學", domainCode = "biomedical", phase = 2, yearInPhase = 2, piUserName, version = alliance.Version,
    };

    private static async Task<bool> CanReadAsync(HttpClient client, Guid allianceId)
    {
        using var response = await client.GetAsync($"/api/membership/alliances/{allianceId}");
        return response.StatusCode == HttpStatusCode.OK;
    }
}
