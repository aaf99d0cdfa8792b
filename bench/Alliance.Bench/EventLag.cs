using System.Net.Http.Json;
using System.Text.Json;
using Alliance.ServiceDefaults;
using Aspire.Hosting.Testing;
using Npgsql;

namespace Alliance.Bench;

/// <summary>
/// The time from a write to its effect in another service: a PI renames a member (membership writes
/// MemberChanged to its outbox in the same transaction), and the clock stops when revenue's copy of the
/// member carries the new name (the relay published it, RabbitMQ delivered it, revenue's consumer applied it).
/// </summary>
internal static class EventLag
{
    public static async Task<TimedPath> MeasureAsync(BenchSystem system, HttpClient pi, Guid allianceId, int samples)
    {
        var members = await pi.GetFromJsonAsync<JsonElement[]>($"/api/membership/alliances/{allianceId}/members");
        var member = members!.First(m => m.GetProperty("organisationKind").GetString() == "taiwan-company");
        var path = $"/api/membership/alliances/{allianceId}/members/{member.GetProperty("id").GetGuid()}";
        await using var revenue = NpgsqlDataSource.Create((await system.App.GetConnectionStringAsync(ResourceNames.RevenueDb))!);
        var original = member.GetProperty("name").GetString()!;
        var memberId = member.GetProperty("id").GetGuid();
        return await Latency.TimeRoundsAsync("event lag", samples, async round =>
        {
            var current = await pi.GetFromJsonAsync<JsonElement>(path);
            var name = $"{original}（{round % 2 + 1}）";
            return async () =>
            {
                using var renamed = await pi.PutAsJsonAsync(path, new
                {
                    name,
                    organisationKind = current.GetProperty("organisationKind").GetString(),
                    registrationNumber = current.GetProperty("registrationNumber").GetString(),
                    county = current.GetProperty("county").GetString(),
                    contact = current.GetProperty("contact").GetString(),
                    version = current.GetProperty("version").GetInt64(),
                });
                renamed.EnsureSuccessStatusCode();
                while (await CopiedNameAsync(revenue, memberId) != name)
                {
                    await Task.Delay(1);
                }
            };
        });
    }

    private static async Task<string?> CopiedNameAsync(NpgsqlDataSource revenue, Guid memberId)
    {
        await using var command = revenue.CreateCommand("SELECT name FROM roster_members WHERE member_id = @id");
        command.Parameters.AddWithValue("id", memberId);
        return (string?)await command.ExecuteScalarAsync();
    }
}
