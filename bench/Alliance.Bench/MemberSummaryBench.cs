using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using Alliance.ServiceDefaults;
using Alliance.ServiceDefaults.Security;
using Aspire.Hosting.Testing;
using Npgsql;

namespace Alliance.Bench;

/// <summary>The member summary of one alliance through the gateway, straight to the service, and the bare SQL behind it.</summary>
internal static class MemberSummaryBench
{
    public static async Task<BenchReport> RunAsync(BenchSystem system, LoadedAlliance alliance, int samples, int year = 108)
    {
        var path = $"/api/membership/alliances/{alliance.Id}/member-summary?year={year}";
        using var direct = system.App.CreateHttpClient(ResourceNames.Membership);
        direct.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Latency.InternalTokenAsync(system, alliance.PiUserName, alliance.Id, ResourceNames.Membership));
        var connectionString = await system.App.GetConnectionStringAsync(ResourceNames.MembershipDb);

        var firmTotal = JsonDocument.Parse(await alliance.Pi.GetStringAsync(path)).RootElement.GetProperty("firmTotal").GetInt32();
        await using var dataSource = NpgsqlDataSource.Create(connectionString!);
        var run = await Latency.TimeInTurnsAsync(samples,
            ("gateway (PI's bearer token)", async () => (await alliance.Pi.GetAsync(path)).EnsureSuccessStatusCode().Dispose()),
            ("service directly (internal token)", async () => (await direct.GetAsync(path)).EnsureSuccessStatusCode().Dispose()),
            ("bare SQL (the same queries)", () => BareQueryAsync(dataSource, alliance.Id)));
        return new BenchReport(firmTotal, year, run);
    }

    /// <summary>The alliance on membership's register, as the service looks it up before the summary (known, and whether terminated).</summary>
    private const string AllianceSql = "SELECT terminated_on FROM alliances WHERE id = @allianceId LIMIT 2";

    /// <summary>
    /// The service's query as EF Core sends it (members left-joined to their contracts, only the
    /// columns the summary reads), every value read; the unit test MemberSummaryQueryTests pins the
    /// service to this text.
    /// </summary>
    private const string SummarySql = """
        SELECT m.id, m.name, m.kind, m.registration_number, m.county, m0.start, m0."end", m0.paid, m0.source
        FROM members AS m
        LEFT JOIN membership_contracts AS m0 ON m.id = m0.member_id
        WHERE m.alliance_id = @allianceId
        ORDER BY m.name, m.id
        """;

    private static async Task BareQueryAsync(NpgsqlDataSource dataSource, Guid allianceId)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using (var known = new NpgsqlCommand(AllianceSql, connection))
        {
            known.Parameters.AddWithValue("allianceId", allianceId);
            await Latency.DrainAsync(known);
        }

        await using var members = new NpgsqlCommand(SummarySql, connection);
        members.Parameters.AddWithValue("allianceId", allianceId);
        await Latency.DrainAsync(members);
    }
}

internal sealed record BenchReport(int FirmTotal, int Year, TimedRun Run)
{
    public void Print(TextWriter output)
    {
        output.WriteLine($"Member summary of an alliance, year {Year} (firm total {FirmTotal}), {Run.Paths[0].SortedMs.Length} requests per path, one at a time, the paths in turns:");
        Latency.Print(output, Run);
    }
}
