using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.EndToEnd;
using Alliance.Integration.Tests.Infrastructure;
using Alliance.ServiceDefaults;
using Npgsql;

namespace Alliance.Integration.Tests.Messaging;

/// <summary>Membership's alliance events carry the version each write gave the alliance, which the roster copies order them by.</summary>
public sealed class AllianceEventVersionTests(SystemFixture system)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AllianceEvents_RegisterChangeTerminate_CarryTheVersionOfEachWrite()
    {
        var code = AllianceRegistrationTests.UniqueCode();
        var created = await BodyAsync(await system.Admin.PostAsJsonAsync("/api/membership/alliances",
            AllianceRegistrationTests.NewAlliance(code), Cancel));
        var path = $"/api/membership/alliances/{created.GetProperty("id").GetGuid()}";
        var changed = await BodyAsync(await system.Admin.PutAsJsonAsync(path, new
        {
            name = "版本測試聯盟", hostInstitution = "國立成功大學", domainCode = "ict", phase = 2, yearInPhase = 1,
            piUserName = SystemFixture.SharedPiUserName, version = created.GetProperty("version").GetUInt32(),
        }, Cancel));
        var terminated = await BodyAsync(await system.Admin.PostAsJsonAsync($"{path}/terminate",
            new { terminatedOn = "2021-12-31", reason = "計畫結束", version = changed.GetProperty("version").GetUInt32() }, Cancel));

        var events = await VersionsWrittenAsync(created.GetProperty("id").GetGuid());

        var (registeredAt, changedAt, terminatedAt) = (Version(created), Version(changed), Version(terminated));
        Assert.True(registeredAt < changedAt && changedAt < terminatedAt, $"versions {registeredAt}, {changedAt}, {terminatedAt} grow with each write");
        Assert.Equal(
            [("AllianceRegistered", registeredAt), ("AllianceChanged", changedAt), ("AllianceTerminated", terminatedAt), ("AllianceChanged", terminatedAt)],
            events);
    }

    private static long Version(JsonElement alliance) => alliance.GetProperty("version").GetUInt32();

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Cancel));
            return await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        }
    }

    /// <summary>The alliance's events in membership's outbox, in the order written, with the version each carries.</summary>
    private async Task<(string Type, long Version)[]> VersionsWrittenAsync(Guid allianceId)
    {
        await using var connection = new NpgsqlConnection(await system.ConnectionStringAsync(ResourceNames.MembershipDb));
        await connection.OpenAsync(Cancel);
        await using var command = new NpgsqlCommand(
            "SELECT message_type, (payload->>'version')::bigint FROM outbox_messages WHERE payload->>'allianceId' = @id ORDER BY sequence", connection);
        command.Parameters.AddWithValue("id", allianceId.ToString());
        var events = new List<(string, long)>();
        await using var reader = await command.ExecuteReaderAsync(Cancel);
        while (await reader.ReadAsync(Cancel))
        {
            events.Add((reader.GetString(0).Split('.')[^1], reader.GetInt64(1)));
        }

        return [.. events];
    }
}
