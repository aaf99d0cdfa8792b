using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Contracts.Accounts;
using Alliance.Integration.Tests.Infrastructure;
using Alliance.ServiceDefaults;
using MassTransit;

namespace Alliance.Integration.Tests.Accounts;

/// <summary>
/// The gateway publishes who people are: each change of an account or of an assistant's approval
/// leaves its event in the gateway's outbox, with the whole state and the account's next version,
/// and a refused change leaves none.
/// </summary>
public sealed class AccountEventsTests(SystemFixture system)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateUser_PublishesTheWholeAccountAtVersionOne()
    {
        var userName = TestAccounts.UniqueName("ev");

        var created = await CreateAsync(userName, "王小明", "wang@example.org", ["reviewer", "pi"]);

        var published = Assert.Single(await GatewayOutbox.OfAccountAsync(system, userName));
        Assert.Equal(nameof(AccountChanged), published.Type);
        AssertAccount(published, userName, "王小明", "wang@example.org", ["pi", "reviewer"], disabled: false, version: 1);
        Assert.Equal(created.GetProperty("id").GetGuid(), published.Payload.GetProperty("userId").GetGuid());
        Assert.Equal(1, created.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task UpdateUser_EditRoleChangeAndDisable_EachPublishTheWholeAccountAtAGreaterVersion()
    {
        var userName = TestAccounts.UniqueName("ev");
        await CreateAsync(userName, "王小明", "wang@example.org", ["reviewer"]);

        var edited = await UpdateAsync(userName, new { displayName = "王大明", roles = new[] { "reviewer" }, disabled = false, version = 1L });
        var promoted = await UpdateAsync(userName, new { displayName = "王大明", roles = new[] { "reviewer", "pi" }, disabled = false, version = 2L });
        var disabled = await UpdateAsync(userName, new { displayName = "王大明", roles = new[] { "pi", "reviewer" }, disabled = true, version = 3L });

        var published = await GatewayOutbox.OfAccountAsync(system, userName);
        Assert.Equal(4, published.Length);
        Assert.All(published, e => Assert.Equal(nameof(AccountChanged), e.Type));
        AssertAccount(published[1], userName, "王大明", "wang@example.org", ["reviewer"], disabled: false, version: 2);
        AssertAccount(published[2], userName, "王大明", "wang@example.org", ["pi", "reviewer"], disabled: false, version: 3);
        AssertAccount(published[3], userName, "王大明", "wang@example.org", ["pi", "reviewer"], disabled: true, version: 4);
        Assert.Equal([2L, 3L, 4L], [edited.GetProperty("version").GetInt64(), promoted.GetProperty("version").GetInt64(), disabled.GetProperty("version").GetInt64()]);
    }

    [Fact]
    public async Task UpdateUser_StaleVersion_PublishesNothing()
    {
        var userName = TestAccounts.UniqueName("ev");
        await CreateAsync(userName, "王小明", null, ["reviewer"]);
        await UpdateAsync(userName, new { displayName = "First", roles = new[] { "reviewer" }, disabled = false, version = 1L });

        using var stale = await system.Admin.PutAsJsonAsync($"/api/auth/users/{userName}",
            new { displayName = "Second", roles = new[] { "centre-admin" }, disabled = true, version = 1L }, Cancel);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var published = await GatewayOutbox.OfAccountAsync(system, userName);
        Assert.Equal([1L, 2L], published.Select(e => e.Version));
        Assert.Equal("First", published[^1].Payload.GetProperty("displayName").GetString());
    }

    public static TheoryData<string?, string> RefusedCreations => new()
    {
        { "not-an-e-mail", TestAccounts.StrongPassword },
        { null, "password1" },
    };

    [Theory]
    [MemberData(nameof(RefusedCreations))]
    public async Task CreateUser_Refused_PublishesNothing(string? email, string password)
    {
        var userName = TestAccounts.UniqueName("ev");

        using var refused = await system.Admin.PostAsJsonAsync("/api/auth/users",
            new { userName, displayName = "x", email, password, roles = new[] { "reviewer" } }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Empty(await GatewayOutbox.OfAccountAsync(system, userName));
    }

    [Fact]
    public async Task Assistant_RegisteredApprovedAndWithdrawn_PublishesEachAtAGreaterVersion()
    {
        var pi = await new TestAccounts(system).CreateAsync(["pi"]);
        var alliance = await TestAlliances.RegisterAsync(system, pi.UserName);
        var userName = TestAccounts.UniqueName("asst");
        var registrationId = await RegisterAssistantAsync(userName, alliance.Code, "lin@example.org");

        using (var approve = await pi.Client.PostAsync($"/api/auth/registrations/{registrationId}/approve", null, Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, approve.StatusCode);
        }

        using (var again = await pi.Client.PostAsync($"/api/auth/registrations/{registrationId}/approve", null, Cancel))
        {
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        }

        using (var withdraw = await pi.Client.PostAsync($"/api/auth/assistants/{userName}/withdraw", null, Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, withdraw.StatusCode);
        }

        var published = await GatewayOutbox.OfAccountAsync(system, userName);
        Assert.Equal([nameof(AccountChanged), nameof(AssistantApproved), nameof(AssistantWithdrawn)], published.Select(e => e.Type));
        AssertAccount(published[0], userName, "林助理", "lin@example.org", ["assistant"], disabled: false, version: 1);
        var userId = published[0].Payload.GetProperty("userId").GetGuid();
        foreach (var (decision, version) in published[1..].Zip([2L, 3L]))
        {
            Assert.Equal(version, decision.Version);
            Assert.Equal(userId, decision.Payload.GetProperty("userId").GetGuid());
            Assert.Equal(userName, decision.Payload.GetProperty("userName").GetString());
            Assert.Equal(registrationId, decision.Payload.GetProperty("registrationId").GetGuid());
            Assert.Equal(alliance.Id, decision.Payload.GetProperty("allianceId").GetGuid());
            Assert.Equal(alliance.Code, decision.Payload.GetProperty("allianceCode").GetString());
        }
    }

    [Fact]
    public async Task Registration_UnderATakenName_PublishesNothingAboutThatAccount()
    {
        var pi = await new TestAccounts(system).CreateAsync(["pi"]);
        var alliance = await TestAlliances.RegisterAsync(system, pi.UserName);
        var before = await GatewayOutbox.OfAccountAsync(system, pi.UserName);

        await RegisterAssistantAsync(pi.UserName, alliance.Code, "someone@example.org");

        Assert.Equal(before.Select(e => e.Version), (await GatewayOutbox.OfAccountAsync(system, pi.UserName)).Select(e => e.Version));
    }

    [Fact]
    public async Task AccountChanged_ReachesTheBroker()
    {
        var userName = TestAccounts.UniqueName("ev");
        var received = new TaskCompletionSource<AccountChanged>(TaskCreationOptions.RunContinuationsAsynchronously);
        var listener = await ListenAsync(userName, received);
        try
        {
            await CreateAsync(userName, "王小明", "wang@example.org", ["pi"]);

            var message = await received.Task.WaitAsync(TimeSpan.FromSeconds(30), Cancel);
            Assert.Equal("王小明", message.DisplayName);
            Assert.Equal(["pi"], message.Roles);
            Assert.Equal(1, message.Version);
        }
        finally
        {
            await listener.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>A bus with a queue of its own bound to <see cref="AccountChanged"/>, ready before it returns; it completes <paramref name="received"/> with the event about <paramref name="userName"/>.</summary>
    private async Task<IBusControl> ListenAsync(string userName, TaskCompletionSource<AccountChanged> received)
    {
        var broker = new Uri(await system.ConnectionStringAsync(ResourceNames.RabbitMq));
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(broker);
            rabbit.ReceiveEndpoint($"account-events-test-{Guid.NewGuid():N}", endpoint =>
            {
                endpoint.AutoDelete = true;
                endpoint.Durable = false;
                endpoint.Handler<AccountChanged>(context =>
                {
                    if (context.Message.UserName == userName)
                    {
                        received.TrySetResult(context.Message);
                    }

                    return Task.CompletedTask;
                });
            });
        });
        var handle = await bus.StartAsync(Cancel);
        await handle.Ready.WaitAsync(Cancel);
        return bus;
    }

    private static void AssertAccount(GatewayOutbox.Event published, string userName, string displayName, string? email, string[] roles, bool disabled, long version)
    {
        var account = published.Payload;
        Assert.Equal(userName, account.GetProperty("userName").GetString());
        Assert.Equal(displayName, account.GetProperty("displayName").GetString());
        Assert.Equal(email, account.GetProperty("email").GetString());
        Assert.Equal(roles, account.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!));
        Assert.Equal(disabled, account.GetProperty("disabled").GetBoolean());
        Assert.Equal(version, published.Version);
    }

    private async Task<JsonElement> CreateAsync(string userName, string displayName, string? email, string[] roles)
    {
        using var created = await system.Admin.PostAsJsonAsync("/api/auth/users",
            new { userName, displayName, email, password = TestAccounts.StrongPassword, roles }, Cancel);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Cancel));
        return await created.Content.ReadFromJsonAsync<JsonElement>(Cancel);
    }

    private async Task<JsonElement> UpdateAsync(string userName, object body)
    {
        using var updated = await system.Admin.PutAsJsonAsync($"/api/auth/users/{userName}", body, Cancel);
        Assert.True(updated.StatusCode == HttpStatusCode.OK, await updated.Content.ReadAsStringAsync(Cancel));
        return await updated.Content.ReadFromJsonAsync<JsonElement>(Cancel);
    }

    private async Task<Guid> RegisterAssistantAsync(string userName, string allianceCode, string email)
    {
        using var registered = await system.Gateway.PostAsJsonAsync("/api/auth/registrations",
            new { userName, displayName = "林助理", email, password = TestAccounts.StrongPassword, allianceCode }, Cancel);
        Assert.True(registered.StatusCode == HttpStatusCode.Created, await registered.Content.ReadAsStringAsync(Cancel));
        return (await registered.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetGuid();
    }
}
