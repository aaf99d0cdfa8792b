using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.Infrastructure;

namespace Alliance.Integration.Tests.Accounts;

/// <summary>Account creation refuses what it cannot keep with a problem naming the field, never a 500.</summary>
public sealed class AccountsInputTests(SystemFixture system)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string?[], string> BadRoles => new()
    {
        { [null], "roles[0]" },
        { ["reviewer", "root"], "roles[1]" },
    };

    [Theory]
    [MemberData(nameof(BadRoles))]
    public async Task CreateUser_NullOrUnknownRole_Is400NamingTheEntry(string?[] roles, string field)
    {
        using var response = await CreateAsync(new { userName = TestAccounts.UniqueName("roles"), displayName = "x", password = TestAccounts.StrongPassword, roles });

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task UpdateUser_NullRole_Is400NamingTheEntry()
    {
        var user = await new TestAccounts(system).CreateAsync(["reviewer"]);
        var account = await system.Admin.GetFromJsonAsync<JsonElement>($"/api/auth/users/{user.UserName}", Cancel);

        using var response = await system.Admin.PutAsJsonAsync($"/api/auth/users/{user.UserName}",
            new { displayName = "x", roles = new string?[] { "reviewer", null }, disabled = false, version = account.GetProperty("version").GetInt64() }, Cancel);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "roles[1]");
    }

    [Fact]
    public async Task CreateUser_WithReviewerAlliances_Is400NamingTheFieldAndMakesNothing()
    {
        var pi = await new TestAccounts(system).CreateAsync(["pi"]);
        var known = await TestAlliances.RegisterAsync(system, pi.UserName);
        var userName = TestAccounts.UniqueName("rev");

        using var response = await CreateAsync(new
        {
            userName, displayName = "x", password = TestAccounts.StrongPassword, roles = new[] { "reviewer" }, reviewerAlliances = new[] { known.Id },
        });

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "reviewerAlliances");
        using var lookup = await system.Admin.GetAsync($"/api/auth/users/{userName}", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, lookup.StatusCode);
    }

    [Fact]
    public async Task UpdateUser_WithReviewerAlliances_Is400SayingAssignmentsSetThemAndChangesNothing()
    {
        var pi = await new TestAccounts(system).CreateAsync(["pi"]);
        var known = await TestAlliances.RegisterAsync(system, pi.UserName);
        var user = await new TestAccounts(system).CreateAsync(["reviewer"]);
        var account = await system.Admin.GetFromJsonAsync<JsonElement>($"/api/auth/users/{user.UserName}", Cancel);
        var version = account.GetProperty("version").GetInt64();

        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/auth/users/{user.UserName}")
        {
            Content = JsonContent.Create(new { displayName = "Renamed", roles = new[] { "reviewer" }, disabled = false, reviewerAlliances = new[] { known.Id }, version }),
        };
        request.Headers.AcceptLanguage.ParseAdd("en");
        using var response = await system.Admin.SendAsync(request, Cancel);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "reviewerAlliances");
        Assert.Contains("site-visit assignments", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        var after = await system.Admin.GetFromJsonAsync<JsonElement>($"/api/auth/users/{user.UserName}", Cancel);
        Assert.Equal(version, after.GetProperty("version").GetInt64());
        Assert.Empty(after.GetProperty("reviewerAlliances").EnumerateArray());
    }

    [Theory]
    [InlineData("{0}-Spring-2025")]
    [InlineData("Alliance-Spring-2025")]
    [InlineData("我的產學技術聯盟密碼")]
    public async Task CreateUser_PasswordWithTheUserNameOrTheProductName_Is400NamingThePassword(string pattern)
    {
        var userName = TestAccounts.UniqueName("pw");

        using var response = await CreateAsync(new { userName, displayName = "x", password = string.Format(pattern, userName.ToUpperInvariant()), roles = new[] { "reviewer" } });

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "password");
    }

    private async Task<HttpResponseMessage> CreateAsync(object body) =>
        await system.Admin.PostAsJsonAsync("/api/auth/users", body, Cancel);

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string field)
    {
        var text = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(JsonDocument.Parse(text).RootElement.GetProperty("errors").TryGetProperty(field, out _), text);
    }
}
