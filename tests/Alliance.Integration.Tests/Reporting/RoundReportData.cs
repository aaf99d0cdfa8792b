using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Alliance.Integration.Tests.Infrastructure;
using Alliance.ServiceDefaults;
using Npgsql;

namespace Alliance.Integration.Tests.Reporting;

/// <summary>
/// A round's report of a <see cref="ReportingAlliance"/> through the gateway: its paths, its summary, members added
/// through membership, and what reporting wrote to its outbox and its copy of the people, read from its database.
/// </summary>
public sealed class RoundReportData(SystemFixture system, ReportingAlliance alliance, string roundId)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public string Root => $"/api/reporting/alliances/{alliance.Id}/rounds/{roundId}";

    public async Task<JsonElement> SummaryAsync(string view = "cumulative", HttpClient? client = null) =>
        await (client ?? alliance.Pi).GetFromJsonAsync<JsonElement>($"{Root}/summary?view={view}", Cancel);

    public async Task<long> VersionAsync() => (await SummaryAsync()).GetProperty("version").GetInt64();

    public static JsonElement Row(JsonElement summary, string kpi) => summary.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("kpi").GetString() == kpi);

    public Task<HttpResponseMessage> PutAsync(HttpClient client, string path, JsonObject body) => alliance.SendAsync(client, HttpMethod.Put, $"{Root}/{path}", body);

    public Task<HttpResponseMessage> PostAsync(HttpClient client, string path, JsonObject body) => alliance.SendAsync(client, HttpMethod.Post, $"{Root}/{path}", body);

    /// <summary>Sends <c>…/{action}</c> as <paramref name="client"/> with the version the summary shows now (and <paramref name="extra"/> fields).</summary>
    public async Task<HttpResponseMessage> ActAsync(HttpClient client, string action, JsonObject? extra = null)
    {
        var body = extra ?? [];
        body["version"] = await VersionAsync();
        return await PostAsync(client, action, body);
    }

    public async Task<JsonElement> ActOkAsync(HttpClient client, string action, JsonObject? extra = null)
    {
        using var response = await ActAsync(client, action, extra);
        return await ReportingAlliance.OkAsync(response);
    }

    /// <summary>Adds a Taiwanese firm with one paid contract spanning the year's cutoff, as the PI; returns its id.</summary>
    public async Task<Guid> AddFirmAsync(string start, string end)
    {
        var members = $"/api/membership/alliances/{alliance.Id}/members";
        using var created = await alliance.Pi.PostAsJsonAsync(members, MemberBodies.TaiwanCompany("臺南市"), Cancel);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Cancel));
        var memberId = (await created.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetGuid();
        using var contract = await alliance.Pi.PostAsJsonAsync($"{members}/{memberId}/contracts", new { start, end, paid = true, fee = 50000 }, Cancel);
        Assert.True(contract.StatusCode == HttpStatusCode.Created, await contract.Content.ReadAsStringAsync(Cancel));
        return memberId;
    }

    /// <summary>Waits until the cumulative table counts <paramref name="total"/> firm members (reporting's copies catch up in their own time).</summary>
    public Task<JsonElement> FirmMembersCountedAsync(int total) =>
        Eventually.Until(() => SummaryAsync(), s => Row(s, "firm-members").GetProperty("actual").GetProperty("total").GetInt32() == total,
            TimeSpan.FromSeconds(60), $"reporting's copies to count {total} firm members");

    /// <summary>Waits until reporting's copy of the people knows <paramref name="userName"/>'s display name, which a submission records.</summary>
    public async Task<string> DisplayNameKnownAsync(string userName)
    {
        await using var connection = await OpenAsync();
        return await Eventually.Until(async () =>
        {
            await using var command = new NpgsqlCommand("SELECT display_name FROM roster_people WHERE user_name = @name", connection);
            command.Parameters.AddWithValue("name", userName);
            return await command.ExecuteScalarAsync(Cancel) as string ?? "";
        }, name => name.Length > 0, TimeSpan.FromSeconds(30), $"reporting's copy of the people to know {userName}");
    }

    /// <summary>The events reporting wrote about this alliance's round, in order, once the broker confirmed every one of them.</summary>
    public async Task<(string Type, JsonElement Payload)[]> PublishedEventsAsync()
    {
        await using var connection = await OpenAsync();
        await Eventually.Until(async () =>
        {
            await using var unsent = new NpgsqlCommand(
                "SELECT count(*) FROM outbox_messages WHERE payload->>'allianceId' = @id AND payload->>'roundId' = @round AND sent_at IS NULL", connection);
            Parameters(unsent);
            return (long)(await unsent.ExecuteScalarAsync(Cancel))! == 0;
        }, TimeSpan.FromSeconds(30), "reporting's relay to publish the round's events");
        await using var command = new NpgsqlCommand(
            "SELECT message_type, payload::text FROM outbox_messages WHERE payload->>'allianceId' = @id AND payload->>'roundId' = @round ORDER BY sequence", connection);
        Parameters(command);
        var events = new List<(string, JsonElement)>();
        await using var reader = await command.ExecuteReaderAsync(Cancel);
        while (await reader.ReadAsync(Cancel))
        {
            events.Add((reader.GetString(0).Split('.')[^1], JsonDocument.Parse(reader.GetString(1)).RootElement.Clone()));
        }

        return [.. events];
    }

    private void Parameters(NpgsqlCommand command)
    {
        command.Parameters.AddWithValue("id", alliance.Id.ToString());
        command.Parameters.AddWithValue("round", roundId);
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(await system.ConnectionStringAsync(ResourceNames.ReportingDb));
        await connection.OpenAsync(Cancel);
        return connection;
    }
}
