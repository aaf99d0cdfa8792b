using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.EndToEnd;
using Alliance.Integration.Tests.Infrastructure;
using Alliance.ServiceDefaults;
using Npgsql;

namespace Alliance.Integration.Tests.Activity;

/// <summary>
/// A fresh alliance for one activity test: its PI (signed in), registered through membership, and known
/// to activity's roster before the test starts. Members are added through membership's API.
/// </summary>
public sealed class ActivityAlliance
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly SystemFixture _system;

    private ActivityAlliance(SystemFixture system, TestUser pi, Guid id)
    {
        _system = system;
        PiUser = pi;
        Id = id;
    }

    public Guid Id { get; }
    public TestUser PiUser { get; }
    public HttpClient Pi => PiUser.Client;
    public string Root => $"/api/activity/alliances/{Id}";
    public string Events => $"{Root}/events";
    public string Consultations => $"{Root}/consultations";
    public string Guidance => $"{Root}/guidance";
    public string Outcomes => $"{Root}/outcomes";
    public string Members => $"/api/membership/alliances/{Id}/members";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static async Task<ActivityAlliance> CreateAsync(SystemFixture system)
    {
        var pi = await new TestAccounts(system).CreateAsync(["pi"]);
        using var created = await system.Admin.PostAsJsonAsync("/api/membership/alliances", new
        {
            code = AllianceRegistrationTests.UniqueCode(), name = "活動成果測試聯盟", hostInstitution = "國立中興大學",
            domainCode = "electronics", phase = 1, yearInPhase = 2, piUserName = pi.UserName,
        }, Cancel);
        created.EnsureSuccessStatusCode();
        var alliance = new ActivityAlliance(system, pi, (await created.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetGuid());
        await Eventually.Until(async () =>
        {
            using var response = await pi.Client.GetAsync($"{alliance.Events}?year=108", Cancel);
            return response.StatusCode == HttpStatusCode.OK;
        }, Patience, "the PI's scope and activity's roster to include the new alliance");
        return alliance;
    }

    /// <summary>Adds a Taiwanese company through membership with the given contracts; waits until activity's copy has them all.</summary>
    public Task<Guid> AddFirmAsync(params (string Start, string End)[] contracts) => AddMemberAsync(MemberBodies.TaiwanCompany("臺中市"), contracts);

    /// <summary>Adds a natural person (an individual member) with the given contracts; waits until activity's copy has them all.</summary>
    public Task<Guid> AddIndividualAsync(params (string Start, string End)[] contracts) =>
        AddMemberAsync(new { name = $"陳個人 {Guid.NewGuid():N}"[..10], organisationKind = "natural-person" }, contracts);

    private async Task<Guid> AddMemberAsync(object body, (string Start, string End)[] contracts)
    {
        using var created = await Pi.PostAsJsonAsync(Members, body, Cancel);
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

    /// <summary>Changes the end of the member's first contract through membership; waits until activity's copy has the change.</summary>
    public async Task ChangeContractEndAsync(Guid memberId, string end)
    {
        var versionBefore = await MemberCopyVersionAsync(memberId);
        var member = await Pi.GetFromJsonAsync<JsonElement>($"{Members}/{memberId}", Cancel);
        var contract = member.GetProperty("contracts")[0];
        using var response = await Pi.PutAsJsonAsync($"{Members}/{memberId}/contracts/{contract.GetProperty("id").GetGuid()}",
            new { start = contract.GetProperty("start").GetString(), end, paid = true, fee = 50000, version = contract.GetProperty("version").GetInt64() }, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await WaitForMemberCopyAsync(memberId, versionBefore + 1);
    }

    /// <summary>Waits until activity's copy of the member holds membership's state <paramref name="version"/> (or newer).</summary>
    public async Task WaitForMemberCopyAsync(Guid memberId, long version) =>
        await Eventually.Until(() => MemberCopyVersionAsync(memberId), seen => seen >= version, Patience, $"activity's copy of member {memberId} at version {version}");

    public async Task<long> MemberCopyVersionAsync(Guid memberId)
    {
        await using var connection = await OpenActivityDbAsync();
        await using var command = new NpgsqlCommand("SELECT source_version FROM roster_members WHERE member_id = @id", connection);
        command.Parameters.AddWithValue("id", memberId);
        return await command.ExecuteScalarAsync(Cancel) is long version ? version : 0;
    }

    /// <summary>The events activity wrote to its outbox about a record, in order: short type name and payload.</summary>
    public async Task<(string Type, JsonElement Payload)[]> EventsOfAsync(Guid activityId)
    {
        await using var connection = await OpenActivityDbAsync();
        await using var command = new NpgsqlCommand(
            "SELECT message_type, payload::text FROM outbox_messages WHERE payload->'activity'->>'activityId' = @id ORDER BY sequence", connection);
        command.Parameters.AddWithValue("id", activityId.ToString());
        var events = new List<(string, JsonElement)>();
        await using var reader = await command.ExecuteReaderAsync(Cancel);
        while (await reader.ReadAsync(Cancel))
        {
            events.Add((reader.GetString(0).Split('.')[^1], JsonDocument.Parse(reader.GetString(1)).RootElement.Clone()));
        }

        return [.. events];
    }

    /// <summary>The short type names of the events activity wrote about a record, in order.</summary>
    public async Task<string[]> EventTypesOfAsync(Guid activityId) => (await EventsOfAsync(activityId)).Select(e => e.Type).ToArray();

    /// <summary>Whether every event activity wrote about the record has been published (the broker confirmed it).</summary>
    public async Task<bool> EventsOfSentAsync(Guid activityId)
    {
        await using var connection = await OpenActivityDbAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM outbox_messages WHERE payload->'activity'->>'activityId' = @id AND sent_at IS NULL", connection);
        command.Parameters.AddWithValue("id", activityId.ToString());
        return (long)(await command.ExecuteScalarAsync(Cancel))! == 0;
    }

    public async Task<HttpResponseMessage> PostAsync(string path, object body, string language = "zh-TW")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.AcceptLanguage.ParseAdd(language);
        return await Pi.SendAsync(request, Cancel);
    }

    /// <summary>Records at <paramref name="path"/> a record that must be accepted or pending (201); returns it.</summary>
    public async Task<JsonElement> RecordOkAsync(string path, object body)
    {
        using var response = await Pi.PostAsJsonAsync(path, body, Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Cancel));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
    }

    public async Task<JsonElement> GetAsync(string path, Guid id) => await Pi.GetFromJsonAsync<JsonElement>($"{path}/{id}", Cancel);

    public async Task<JsonElement[]> ListAsync(string pathAndQuery) => (await Pi.GetFromJsonAsync<JsonElement[]>(pathAndQuery, Cancel))!;

    public async Task<string[]> HistoryActionsAsync(string path, Guid id) =>
        (await Pi.GetFromJsonAsync<JsonElement[]>($"{path}/{id}/history", Cancel))!.Select(h => h.GetProperty("action").GetString()!).ToArray();

    public async Task<JsonElement> SummaryAsync(string query) => await Pi.GetFromJsonAsync<JsonElement>($"{Root}/summary?{query}", Cancel);

    /// <summary>The summary's figure of each KPI code, in the summary's order.</summary>
    public static (string Kpi, decimal Figure)[] Figures(JsonElement summary) =>
        summary.GetProperty("kpis").EnumerateArray().Select(k => (k.GetProperty("kpi").GetString()!, k.GetProperty("figure").GetDecimal())).ToArray();

    public static decimal Figure(JsonElement summary, string kpi) => Figures(summary).Single(f => f.Kpi == kpi).Figure;

    private async Task<NpgsqlConnection> OpenActivityDbAsync()
    {
        var connection = new NpgsqlConnection(await _system.ConnectionStringAsync(ResourceNames.ActivityDb));
        await connection.OpenAsync(Cancel);
        return connection;
    }
}
