using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.EndToEnd;
using Alliance.Integration.Tests.Infrastructure;

namespace Alliance.Integration.Tests.Authorization;

public enum Actor { Anonymous, MinistryOfficer, CentreAdmin, Pi, Assistant, Reviewer, OtherPi }

/// <summary>
/// One account per role around two alliances: A (whose PI, approved assistant and assigned reviewer
/// these are) and B (whose PI is <see cref="Actor.OtherPi"/>). Built once for the matrix. Each actor
/// calls with a session token from the token endpoint (with its one-time code where it has enrolled
/// one), as a script that signed in would: a personal access token may do all the same but make another.
/// </summary>
public sealed class MatrixActors : IAsyncLifetime
{
    private readonly Dictionary<Actor, HttpClient> _clients = [];
    private bool _revenueReady;

    public MatrixActors(SystemFixture system) => System = system;

    public SystemFixture System { get; }
    public Guid AllianceA { get; private set; }
    public Guid AllianceB { get; private set; }
    public string AllianceACode { get; private set; } = "";
    public string PiUserName { get; } = $"pia{Guid.NewGuid():N}"[..14];
    public string OtherPiUserName { get; } = $"pib{Guid.NewGuid():N}"[..14];

    public HttpClient Client(Actor actor) => _clients[actor];

    public async ValueTask InitializeAsync()
    {
        var accounts = new TestAccounts(System);
        await accounts.CreateAccountAsync(PiUserName, TestAccounts.StrongPassword, ["pi"]);
        await accounts.CreateAccountAsync(OtherPiUserName, TestAccounts.StrongPassword, ["pi"]);
        _clients[Actor.Pi] = await SignedInAsync(PiUserName);
        (AllianceA, AllianceACode) = await RegisterAllianceAsync(PiUserName);
        (AllianceB, _) = await RegisterAllianceAsync(OtherPiUserName);
        _clients[Actor.OtherPi] = await SignedInAsync(OtherPiUserName);
        await WaitUntilGatewayKnowsAsync(Client(Actor.Pi), AllianceA);
        await WaitUntilGatewayKnowsAsync(Client(Actor.OtherPi), AllianceB);

        var reviewer = TestAccounts.UniqueName("rev");
        await accounts.CreateAccountAsync(reviewer, TestAccounts.StrongPassword, ["reviewer"], [AllianceA]);
        _clients[Actor.Anonymous] = System.Gateway;
        _clients[Actor.CentreAdmin] = await System.ClientWithSessionTokenAsync(SystemFixture.AdminUserName, System.AdminPassword);
        // Made with a personal token first: that is when an officer enrols its authenticator.
        _clients[Actor.MinistryOfficer] = await SignedInAsync((await accounts.CreateAsync(["ministry-officer"])).UserName);
        _clients[Actor.Reviewer] = await SignedInAsync(reviewer);
        _clients[Actor.Assistant] = await SignedInAsync(await ApproveAssistantAsync());
    }

    /// <summary>Registers an assistant for alliance A and has its PI approve; returns the assistant's client.</summary>
    public async Task<HttpClient> ApprovedAssistantAsync() =>
        await System.ClientWithTokenAsync(await ApproveAssistantAsync(), TestAccounts.StrongPassword);

    private async Task<string> ApproveAssistantAsync()
    {
        var (userName, registrationId) = await PendingRegistrationAsync();
        using var approved = await Client(Actor.Pi).PostAsync($"/api/auth/registrations/{registrationId}/approve", null);
        approved.EnsureSuccessStatusCode();
        return userName;
    }

    private Task<HttpClient> SignedInAsync(string userName) => System.ClientWithSessionTokenAsync(userName, TestAccounts.StrongPassword);

    public async Task<(string UserName, Guid RegistrationId)> PendingRegistrationAsync()
    {
        var userName = $"as{Guid.NewGuid():N}"[..14];
        using var response = await System.Gateway.PostAsJsonAsync("/api/auth/registrations", new
        {
            userName,
            displayName = "助理 Assistant",
            password = TestAccounts.StrongPassword,
            allianceCode = AllianceACode,
        });
        response.EnsureSuccessStatusCode();
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        return (userName, id);
    }

    public string MembersPath => $"/api/membership/alliances/{AllianceA}/members";

    /// <summary>A fresh member of alliance A, added by its PI.</summary>
    public async Task<JsonElement> NewMemberAsync()
    {
        using var response = await Client(Actor.Pi).PostAsJsonAsync(MembersPath, MemberBodies.TaiwanCompany());
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<JsonElement> NewFeeTierAsync()
    {
        using var response = await Client(Actor.Pi).PostAsJsonAsync($"/api/membership/alliances/{AllianceA}/fee-tiers",
            new { name = $"基本交流-{Guid.NewGuid():N}"[..12], yearlyFee = 30000, services = "技術交流活動" });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A fresh fee tier of alliance B, added by its PI: a foreign reference for alliance A's bodies.</summary>
    public async Task<Guid> NewFeeTierOfBAsync()
    {
        using var response = await Client(Actor.OtherPi).PostAsJsonAsync($"/api/membership/alliances/{AllianceB}/fee-tiers",
            new { name = $"乙分級-{Guid.NewGuid():N}"[..12], yearlyFee = 30000, services = "技術交流活動" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>A fresh member of alliance A with one paid contract; returns the member id and the contract.</summary>
    public async Task<(Guid MemberId, JsonElement Contract)> NewContractAsync()
    {
        var memberId = (await NewMemberAsync()).GetProperty("id").GetGuid();
        using var response = await Client(Actor.Pi).PostAsJsonAsync($"{MembersPath}/{memberId}/contracts",
            new { start = "2019-01-01", end = "2019-12-31", paid = true, fee = 30000 });
        response.EnsureSuccessStatusCode();
        return (memberId, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    public string IncomesPath => $"/api/revenue/alliances/{AllianceA}/incomes";

    /// <summary>Waits (once) until revenue's roster knows alliance A, and sets its subsidy for 108 so reads of it find one.</summary>
    public async Task RevenueReadyAsync()
    {
        if (_revenueReady)
        {
            return;
        }

        await Eventually.Until(async () =>
            {
                using var response = await Client(Actor.Pi).GetAsync($"{IncomesPath}?year=108");
                return response.IsSuccessStatusCode;
            },
            TimeSpan.FromSeconds(30), "revenue to learn of alliance A");
        using var subsidy = await System.Admin.PutAsJsonAsync($"/api/revenue/alliances/{AllianceA}/subsidies/108", new { amount = 2_000_000 });
        subsidy.EnsureSuccessStatusCode();
        _revenueReady = true;
    }

    /// <summary>A fresh accepted technical-service entry of alliance A, recorded by its PI.</summary>
    public async Task<JsonElement> NewIncomeAsync()
    {
        await RevenueReadyAsync();
        using var response = await Client(Actor.Pi).PostAsJsonAsync(IncomesPath, IncomeBody(100_000));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static object IncomeBody(decimal amount) => new
    {
        year = 108, category = "technical-service", counterpartyName = "矩陣測試股份有限公司", counterpartyKind = "taiwan-company",
        date = "2019-05-01", amount,
    };

    private async Task<(Guid Id, string Code)> RegisterAllianceAsync(string piUserName)
    {
        var code = AllianceRegistrationTests.UniqueCode();
        using var response = await System.Admin.PostAsJsonAsync("/api/membership/alliances",
            new { code, name = "矩陣測試聯盟", hostInstitution = "國立清華大學", domainCode = "electronics", phase = 1, yearInPhase = 1, piUserName });
        response.EnsureSuccessStatusCode();
        return ((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(), code);
    }

    private static async Task WaitUntilGatewayKnowsAsync(HttpClient pi, Guid allianceId) =>
        await Eventually.Until(async () =>
            {
                var me = await pi.GetFromJsonAsync<JsonElement>("/api/auth/me");
                return me.GetProperty("alliances").EnumerateArray().Any(a => a.GetGuid() == allianceId);
            },
            TimeSpan.FromSeconds(15), "the gateway to learn who is PI of the new alliance");

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
