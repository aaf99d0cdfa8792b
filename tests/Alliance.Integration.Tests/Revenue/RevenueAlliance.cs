using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.EndToEnd;
using Alliance.Integration.Tests.Infrastructure;
using Alliance.ServiceDefaults;
using Npgsql;

namespace Alliance.Integration.Tests.Revenue;

/// <summary>
/// A fresh alliance for one revenue test: its PI (signed in), registered through membership, and
/// known to revenue's roster before the test starts. Members are added through membership's API.
/// </summary>
public sealed class RevenueAlliance
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly SystemFixture _system;

    private RevenueAlliance(SystemFixture system, TestUser pi, Guid id)
    {
        _system = system;
        PiUser = pi;
        Id = id;
    }

    public Guid Id { get; }
    public TestUser PiUser { get; }
    public HttpClient Pi => PiUser.Client;
    public string Incomes => $"/api/revenue/alliances/{Id}/incomes";
    public string Members => $"/api/membership/alliances/{Id}/members";
    public string Subsidies => $"/api/revenue/alliances/{Id}/subsidies";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static async Task<RevenueAlliance> CreateAsync(SystemFixture system)
    {
        var pi = await new TestAccounts(system).CreateAsync(["pi"]);
        using var created = await system.Admin.PostAsJsonAsync("/api/membership/alliances", new
        {
            code = AllianceRegistrationTests.UniqueCode(), name = "營運收入測試聯盟", hostInstitution = "國立成功大學",
            domainCode = "electronics", phase = 2, yearInPhase = 3, piUserName = pi.UserName,
        }, Cancel);
        created.EnsureSuccessStatusCode();
        var alliance = new RevenueAlliance(system, pi, (await created.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetGuid());
        await Eventually.Until(async () =>
        {
            using var response = await pi.Client.GetAsync($"{alliance.Incomes}?year=108", Cancel);
            return response.StatusCode == HttpStatusCode.OK;
        }, Patience, "the PI's scope and revenue's roster to include the new alliance");
        return alliance;
    }

    /// <summary>Adds a Taiwanese company through membership with the given contracts; waits until revenue's copy has them all.</summary>
    public async Task<Guid> AddFirmAsync(params (string Start, string End)[] contracts)
    {
        using var created = await Pi.PostAsJsonAsync(Members, MemberBodies.TaiwanCompany("臺南市"), Cancel);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Cancel));
        var memberId = (await created.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetGuid();
        foreach (var (start, end) in contracts)
        {
            using var contract = await Pi.PostAsJsonAsync($"{Members}/{memberId}/contracts", new { start, end, paid = true, fee = 50000 }, Cancel);
            Assert.True(contract.StatusCode == HttpStatusCode.Created, await contract.Content.ReadAsStringAsync(Cancel));
        }

        await WaitForMemberCopyAsync(memberId, 1 + contracts.Length);
        return memberId;
    }

    /// <summary>Waits until revenue's copy of the member holds membership's state <paramref name="version"/> (or newer).</summary>
    public Task WaitForMemberCopyAsync(Guid memberId, long version) => WaitForMemberCopyAsync(_system, memberId, version);

    /// <summary>Waits until revenue's copy of the member holds membership's state <paramref name="version"/> (or newer).</summary>
    public static async Task WaitForMemberCopyAsync(SystemFixture system, Guid memberId, long version) =>
        await Eventually.Until(() => MemberCopyVersionAsync(system, memberId), seen => seen >= version, Patience, $"revenue's copy of member {memberId} at version {version}");

    public Task<long> MemberCopyVersionAsync(Guid memberId) => MemberCopyVersionAsync(_system, memberId);

    private static async Task<long> MemberCopyVersionAsync(SystemFixture system, Guid memberId)
    {
        await using var connection = await OpenRevenueDbAsync(system);
        await using var command = new NpgsqlCommand("SELECT source_version FROM roster_members WHERE member_id = @id", connection);
        command.Parameters.AddWithValue("id", memberId);
        return await command.ExecuteScalarAsync(Cancel) is long version ? version : 0;
    }

    /// <summary>The short type names of the events revenue wrote to its outbox about an entry, in order.</summary>
    public async Task<string[]> EventsOfIncomeAsync(Guid incomeId)
    {
        await using var connection = await OpenRevenueDbAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT message_type FROM outbox_messages
            WHERE payload->'income'->>'incomeId' = @id OR payload->>'incomeId' = @id OR payload->>'projectId' = @id
            ORDER BY sequence
            """, connection);
        command.Parameters.AddWithValue("id", incomeId.ToString());
        var types = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(Cancel);
        while (await reader.ReadAsync(Cancel))
        {
            types.Add(reader.GetString(0).Split('.')[^1]);
        }

        return [.. types];
    }

    /// <summary>
    /// Writes an entry straight into revenue's database, as input of the past could have stored it
    /// (a category, nature or kind as a number); returns its id.
    /// </summary>
    public async Task<Guid> PlantIncomeAsync(string category, string status = "Accepted", string? nature = null, string? kind = null, decimal amount = 1_000m)
    {
        var id = Guid.CreateVersion7();
        await using var connection = await OpenRevenueDbAsync();
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO incomes (id, alliance_id, year, category, counterparty_name, counterparty_kind, date, amount, nature, status, version, recorded_by, recorded_at)
            VALUES (@id, @alliance, 108, @category, '研討會學員', @kind, DATE '2019-05-01', @amount, @nature, @status, 1, 'planted', now())
            """, connection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("alliance", Id);
        command.Parameters.AddWithValue("category", category);
        command.Parameters.AddWithValue("kind", (object?)kind ?? DBNull.Value);
        command.Parameters.AddWithValue("amount", amount);
        command.Parameters.AddWithValue("nature", (object?)nature ?? DBNull.Value);
        command.Parameters.AddWithValue("status", status);
        await command.ExecuteNonQueryAsync(Cancel);
        return id;
    }

    /// <summary>Whether every event revenue wrote about the entry has been published (the broker confirmed it).</summary>
    public async Task<bool> EventsOfIncomeSentAsync(Guid incomeId)
    {
        await using var connection = await OpenRevenueDbAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM outbox_messages WHERE (payload->'income'->>'incomeId' = @id OR payload->>'incomeId' = @id) AND sent_at IS NULL", connection);
        command.Parameters.AddWithValue("id", incomeId.ToString());
        return (long)(await command.ExecuteScalarAsync(Cancel))! == 0;
    }

    /// <summary>Runs <paramref name="sql"/> against revenue's database.</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var connection = await OpenRevenueDbAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Cancel);
    }

    /// <summary>How many events in revenue's outbox carry <paramref name="memberId"/> as the member of a cooperation project.</summary>
    public async Task<long> ProjectsNamingAsync(Guid memberId)
    {
        await using var connection = await OpenRevenueDbAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM outbox_messages WHERE payload->>'memberId' = @id", connection);
        command.Parameters.AddWithValue("id", memberId.ToString());
        return (long)(await command.ExecuteScalarAsync(Cancel))!;
    }

    public async Task<HttpResponseMessage> RecordAsync(object body) => await Pi.PostAsJsonAsync(Incomes, body, Cancel);

    /// <summary>Records an entry that must be accepted or pending (201); returns it.</summary>
    public async Task<JsonElement> RecordOkAsync(object body)
    {
        using var response = await RecordAsync(body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Cancel));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
    }

    public async Task<JsonElement> IncomeAsync(Guid incomeId) => await Pi.GetFromJsonAsync<JsonElement>($"{Incomes}/{incomeId}", Cancel);

    public async Task<JsonElement> SummaryAsync(string query) =>
        await Pi.GetFromJsonAsync<JsonElement>($"/api/revenue/alliances/{Id}/summary?{query}", Cancel);

    public async Task SetSubsidyAsync(int year, decimal amount)
    {
        using var response = await _system.Admin.PutAsJsonAsync($"{Subsidies}/{year}", new { amount }, Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Cancel));
    }

    private Task<NpgsqlConnection> OpenRevenueDbAsync() => OpenRevenueDbAsync(_system);

    private static async Task<NpgsqlConnection> OpenRevenueDbAsync(SystemFixture system)
    {
        var connection = new NpgsqlConnection(await system.ConnectionStringAsync(ResourceNames.RevenueDb));
        await connection.OpenAsync(Cancel);
        return connection;
    }
}
