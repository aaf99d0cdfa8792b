using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.Authorization;
using Alliance.Integration.Tests.Infrastructure;
using Alliance.ServiceDefaults;
using Aspire.Hosting.Testing;
using Npgsql;

namespace Alliance.Integration.Tests.Accounts;

/// <summary>Accounts as their owners and the centre live with them, through the gateway's API.</summary>
public sealed class AccountLifecycleTests(SystemFixture system, MatrixActors actors) : IClassFixture<MatrixActors>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Assistant_ApprovedThenWithdrawn_WorksOnlyWhileApproved()
    {
        var (userName, registrationId) = await actors.PendingRegistrationAsync();

        using (var beforeApproval = await system.Gateway.PostAsJsonAsync("/api/auth/token", new { userName, password = TestAccounts.StrongPassword }, Cancel))
        {
            Assert.Equal(HttpStatusCode.Forbidden, beforeApproval.StatusCode);
        }

        using (var approve = await actors.Client(Actor.Pi).PostAsync($"/api/auth/registrations/{registrationId}/approve", null, Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, approve.StatusCode);
        }

        var assistant = await system.ClientWithTokenAsync(userName, TestAccounts.StrongPassword);
        using (var working = await assistant.GetAsync($"/api/membership/alliances/{actors.AllianceA}", Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, working.StatusCode);
        }

        using (var withdraw = await actors.Client(Actor.Pi).PostAsync($"/api/auth/assistants/{userName}/withdraw", null, Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, withdraw.StatusCode);
        }

        using var refused = await assistant.GetAsync($"/api/membership/alliances/{actors.AllianceA}", Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task PendingAssistant_OfATerminatedAlliance_CannotBeApproved_ButCanBeTurnedDown()
    {
        var pi = await new TestAccounts(system).CreateAsync(["pi"]);
        var alliance = await TestAlliances.RegisterAsync(system, pi.UserName);
        var (first, second) = (await RegisterAsync(alliance.Code), await RegisterAsync(alliance.Code));
        await TestAlliances.TerminateAsync(system, alliance);

        using var approve = await pi.Client.PostAsync($"/api/auth/registrations/{first}/approve", null, Cancel);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, approve.StatusCode);
        var problem = await approve.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal("alliance-terminated", problem.GetProperty("code").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("registrationId", out _));

        using var reject = await pi.Client.PostAsync($"/api/auth/registrations/{second}/reject", null, Cancel);
        Assert.Equal(HttpStatusCode.OK, reject.StatusCode);
        Assert.Equal("rejected", (await reject.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("status").GetString());
    }

    private async Task<Guid> RegisterAsync(string allianceCode)
    {
        using var registered = await system.Gateway.PostAsJsonAsync("/api/auth/registrations",
            new { userName = TestAccounts.UniqueName("asst"), displayName = "林助理", password = TestAccounts.StrongPassword, allianceCode }, Cancel);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        return (await registered.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task TokenEndpoint_FiveWrongPasswords_LocksTheAccountEvenForTheRightOne()
    {
        var user = await new TestAccounts(system).CreateAsync(["reviewer"]);
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var wrong = await system.Gateway.PostAsJsonAsync("/api/auth/token", new { userName = user.UserName, password = "definitely-wrong" }, Cancel);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var right = await system.Gateway.PostAsJsonAsync("/api/auth/token", new { userName = user.UserName, password = TestAccounts.StrongPassword }, Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Equal("sign-in-failed", (await right.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("code").GetString());
        var audit = await system.Admin.GetFromJsonAsync<JsonElement[]>($"/api/auth/audit?actor={user.UserName}", Cancel);
        Assert.Contains(audit!, e => e.GetProperty("outcome").GetString() == "LockedOut");
        Assert.Contains(audit!, e => e.GetProperty("outcome").GetString() == "Failed");
    }

    [Theory]
    [InlineData("password1")]
    [InlineData("iloveyou")]
    [InlineData("Qwertyuiop")]
    public async Task CreateUser_CommonPassword_IsRefusedNamingThePassword(string password)
    {
        using var response = await system.Admin.PostAsJsonAsync("/api/auth/users",
            new { userName = $"cp{Guid.NewGuid():N}"[..14], displayName = "x", password, roles = new[] { "reviewer" } }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors").TryGetProperty("password", out _));
    }

    [Fact]
    public async Task SecondFactor_Enrolled_IsRequiredAndEachCodeWorksOnce()
    {
        var user = await new TestAccounts(system).CreateAsync(["pi"]);
        var setup = await (await user.Client.PostAsync("/api/auth/two-factor/setup", null, Cancel)).Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var key = setup.GetProperty("sharedKey").GetString()!;
        var step = TestTotp.CurrentStep;
        using (var enable = await user.Client.PostAsJsonAsync("/api/auth/two-factor/enable", new { code = TestTotp.Code(key, step) }, Cancel))
        {
            Assert.Equal(HttpStatusCode.NoContent, enable.StatusCode);
        }

        using var withoutCode = await TokenAsync(user.UserName, null);
        var nextCode = TestTotp.Code(key, step + 1);
        using var withCode = await TokenAsync(user.UserName, nextCode);
        using var replayed = await TokenAsync(user.UserName, nextCode);

        Assert.Equal("second-factor-required", (await withoutCode.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, withCode.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
    }

    [Fact]
    public async Task DisabledAccount_IsRefusedFromTheNextRequestOn()
    {
        var user = await new TestAccounts(system).CreateAsync(["ministry-officer"]);
        var account = await system.Admin.GetFromJsonAsync<JsonElement>($"/api/auth/users/{user.UserName}", Cancel);
        using (var disable = await system.Admin.PutAsJsonAsync($"/api/auth/users/{user.UserName}",
            new { displayName = "Disabled", roles = new[] { "ministry-officer" }, disabled = true, version = account.GetProperty("version").GetInt64() }, Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, disable.StatusCode);
        }

        using var refused = await user.Client.GetAsync("/api/membership/domains", Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task UpdateUser_StaleVersion_IsAConflictAndChangesNothing()
    {
        var user = await new TestAccounts(system).CreateAsync(["reviewer"]);
        var account = await system.Admin.GetFromJsonAsync<JsonElement>($"/api/auth/users/{user.UserName}", Cancel);
        var version = account.GetProperty("version").GetInt64();
        using var first = await system.Admin.PutAsJsonAsync($"/api/auth/users/{user.UserName}", new { displayName = "First", roles = new[] { "reviewer" }, disabled = false, version }, Cancel);
        using var second = await system.Admin.PutAsJsonAsync($"/api/auth/users/{user.UserName}", new { displayName = "Second", roles = new[] { "centre-admin" }, disabled = false, version }, Cancel);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var after = await system.Admin.GetFromJsonAsync<JsonElement>($"/api/auth/users/{user.UserName}", Cancel);
        Assert.Equal("First", after.GetProperty("displayName").GetString());
        Assert.Equal(["reviewer"], after.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task RevokedPersonalToken_StopsAtOnce()
    {
        var user = await new TestAccounts(system).CreateAsync(["reviewer"]);
        // Made with a session (a personal token may not make another one).
        using var signedIn = await system.ClientWithSessionTokenAsync(user.UserName, TestAccounts.StrongPassword);
        var created = await (await signedIn.PostAsJsonAsync("/api/auth/personal-tokens", new { name = "script", expiresInDays = 30 }, Cancel)).Content.ReadFromJsonAsync<JsonElement>(Cancel);
        using var script = system.App.CreateHttpClient(ResourceNames.Gateway);
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", created.GetProperty("token").GetString());
        using (var before = await script.GetAsync("/api/auth/me", Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using (var revoke = await user.Client.DeleteAsync($"/api/auth/personal-tokens/{created.GetProperty("id").GetGuid()}", Cancel))
        {
            Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        }

        using var after = await script.GetAsync("/api/auth/me", Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        var listed = await user.Client.GetFromJsonAsync<JsonElement[]>("/api/auth/personal-tokens", Cancel);
        Assert.All(listed!, t => Assert.False(t.TryGetProperty("token", out _)));
    }

    [Fact]
    public async Task Passwords_AreHashedWithAtLeast210000Iterations()
    {
        var user = await new TestAccounts(system).CreateAsync(["reviewer"]);

        Assert.True(await IterationsAsync(user.UserName) >= 210_000);
    }

    [Fact]
    public async Task SignIn_WithAnOlderWeakerHash_RehashesThePassword()
    {
        var user = await new TestAccounts(system).CreateAsync(["reviewer"]);
        var weaker = new Microsoft.AspNetCore.Identity.PasswordHasher<object>(
            Microsoft.Extensions.Options.Options.Create(new Microsoft.AspNetCore.Identity.PasswordHasherOptions { IterationCount = 100_000 }));
        await ExecuteAsync("UPDATE \"AspNetUsers\" SET password_hash = @hash WHERE user_name = @name",
            ("hash", weaker.HashPassword(new object(), TestAccounts.StrongPassword)), ("name", user.UserName));
        Assert.Equal(100_000, await IterationsAsync(user.UserName));

        using var signIn = await TokenAsync(user.UserName, null);

        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.True(await IterationsAsync(user.UserName) >= 210_000);
    }

    private async Task<int> IterationsAsync(string userName)
    {
        await using var connection = new NpgsqlConnection(await system.ConnectionStringAsync(ResourceNames.GatewayDb));
        await connection.OpenAsync(Cancel);
        await using var command = new NpgsqlCommand("SELECT password_hash FROM \"AspNetUsers\" WHERE user_name = @name", connection);
        command.Parameters.AddWithValue("name", userName);
        var hash = Convert.FromBase64String((string)(await command.ExecuteScalarAsync(Cancel))!);
        Assert.Equal(0x01, hash[0]);
        return (hash[5] << 24) | (hash[6] << 16) | (hash[7] << 8) | hash[8];
    }

    private async Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(await system.ConnectionStringAsync(ResourceNames.GatewayDb));
        await connection.OpenAsync(Cancel);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        Assert.Equal(1, await command.ExecuteNonQueryAsync(Cancel));
    }

    [Fact]
    public async Task Denials_ByTheGatewayAndByAService_AreBothAudited()
    {
        var pi = await new TestAccounts(system).CreateAsync(["pi"]);

        using var gatewayDenial = await pi.Client.GetAsync("/api/auth/users", Cancel);
        using var serviceDenial = await pi.Client.GetAsync($"/api/membership/alliances/{actors.AllianceA}", Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, gatewayDenial.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, serviceDenial.StatusCode);
        var audit = await system.Admin.GetFromJsonAsync<JsonElement[]>($"/api/auth/audit?actor={pi.UserName}", Cancel);
        var denied = audit!.Where(e => e.GetProperty("action").GetString() == "authorization-denied").Select(e => e.GetProperty("subject").GetString()).ToArray();
        Assert.Contains("GET /api/auth/users", denied);
        Assert.Contains($"GET /api/membership/alliances/{actors.AllianceA}", denied);
    }

    private async Task<HttpResponseMessage> TokenAsync(string userName, string? oneTimeCode) =>
        await system.Gateway.PostAsJsonAsync("/api/auth/token", new { userName, password = TestAccounts.StrongPassword, oneTimeCode }, Cancel);
}
