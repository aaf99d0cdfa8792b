using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.Infrastructure;

namespace Alliance.Integration.Tests.EndToEnd;

/// <summary>An alliance's PI names an account the gateway has, asked of the gateway at the moment of the write.</summary>
public sealed class AlliancePiAccountTests(SystemFixture system)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(null, "沒有使用者名稱為「nobody.here」的帳號，請先建立帳號。")]
    [InlineData("en", "No account has the user name 'nobody.here'; create the account first.")]
    public async Task RegisterAlliance_PiWithoutAnAccount_Is422NamingPiUserName_AndRegistersNothing(string? acceptLanguage, string expected)
    {
        var code = AllianceRegistrationTests.UniqueCode();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/membership/alliances")
        {
            Content = JsonContent.Create(AllianceRegistrationTests.NewAlliance(code, piUserName: "nobody.here")),
        };
        if (acceptLanguage is not null)
        {
            request.Headers.Add("Accept-Language", acceptLanguage);
        }

        using var response = await system.Admin.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal("unknown-account", problem.GetProperty("code").GetString());
        Assert.Equal(expected, problem.GetProperty("errors").GetProperty("piUserName")[0].GetString());
        var alliances = await system.Admin.GetFromJsonAsync<JsonElement[]>("/api/membership/alliances", Cancel);
        Assert.DoesNotContain(alliances!, a => a.GetProperty("code").GetString() == code);
    }

    [Fact]
    public async Task RegisterAlliance_AtOnceAfterItsPisAccountIsCreated_IsAccepted_WithTheAccountsSpelling()
    {
        var piUserName = await new TestAccounts(system).NewPiAccountAsync();

        using var response = await system.Admin.PostAsJsonAsync("/api/membership/alliances",
            AllianceRegistrationTests.NewAlliance(AllianceRegistrationTests.UniqueCode(), piUserName: $" {piUserName.ToUpperInvariant()} "), Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal(piUserName, created.GetProperty("piUserName").GetString());
    }

    [Fact]
    public async Task UpdateAlliance_NewPiWithoutAnAccount_Is422AndChangesNothing_WhileAnEditKeepingThePiNeedsNoLookup()
    {
        var alliance = await TestAlliances.RegisterAsync(system, SystemFixture.SharedPiUserName);
        var current = await system.Admin.GetFromJsonAsync<JsonElement>(alliance.Path, Cancel);

        using var refused = await system.Admin.PutAsJsonAsync(alliance.Path, Edit(current, "nobody.here", "改名"), Cancel);
        using var renamed = await system.Admin.PutAsJsonAsync(alliance.Path, Edit(current, SystemFixture.SharedPiUserName, "改名"), Cancel);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.True(problem.GetProperty("errors").TryGetProperty("piUserName", out _));
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var stored = await renamed.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal("改名", stored.GetProperty("name").GetString());
        Assert.Equal(SystemFixture.SharedPiUserName, stored.GetProperty("piUserName").GetString());
        var history = await system.Admin.GetFromJsonAsync<JsonElement[]>($"{alliance.Path}/history", Cancel);
        Assert.Equal(["created", "changed"], history!.Select(h => h.GetProperty("action").GetString()));
    }

    private static object Edit(JsonElement current, string piUserName, string name) => new
    {
        name,
        hostInstitution = current.GetProperty("hostInstitution").GetString(),
        domainCode = current.GetProperty("domainCode").GetString(),
        phase = current.GetProperty("phase").GetInt32(),
        yearInPhase = current.GetProperty("yearInPhase").GetInt32(),
        piUserName,
        version = current.GetProperty("version").GetInt64(),
    };
}
