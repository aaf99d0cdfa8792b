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
    private const int Warmup = 20;

    public static async Task<BenchReport> RunAsync(BenchSystem system, LoadedAlliance alliance, int samples)
    {
        var path = $"/api/membership/alliances/{alliance.Id}/member-summary?year=108";
        using var direct = system.App.CreateHttpClient(ResourceNames.Membership);
        direct.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await InternalTokenAsync(system, alliance));
        var connectionString = await system.App.GetConnectionStringAsync(ResourceNames.MembershipDb);

        var firmTotal = JsonDocument.Parse(await alliance.Pi.GetStringAsync(path)).RootElement.GetProperty("firmTotal").GetInt32();
        var gateway = await TimeAsync(samples, async () => (await alliance.Pi.GetAsync(path)).EnsureSuccessStatusCode().Dispose());
        var service = await TimeAsync(samples, async () => (await direct.GetAsync(path)).EnsureSuccessStatusCode().Dispose());
        await using var dataSource = NpgsqlDataSource.Create(connectionString!);
        var sql = await TimeAsync(samples, () => BareQueryAsync(dataSource, alliance.Id));
        return new BenchReport(firmTotal, [("gateway (PI's bearer token)", gateway), ("service directly (internal token)", service), ("bare SQL (the two queries)", sql)]);
    }

    /// <summary>The service's split query, as SQL: the members, then their contracts, every column read.</summary>
    private static async Task BareQueryAsync(NpgsqlDataSource dataSource, Guid allianceId)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using (var members = new NpgsqlCommand("SELECT * FROM members WHERE alliance_id = @a ORDER BY name, id", connection))
        {
            members.Parameters.AddWithValue("a", allianceId);
            await DrainAsync(members);
        }

        await using var contracts = new NpgsqlCommand(
            "SELECT c.* FROM members m JOIN membership_contracts c ON c.member_id = m.id WHERE m.alliance_id = @a ORDER BY m.name, m.id", connection);
        contracts.Parameters.AddWithValue("a", allianceId);
        await DrainAsync(contracts);
    }

    private static async Task DrainAsync(NpgsqlCommand command)
    {
        await using var reader = await command.ExecuteReaderAsync();
        var values = new object[reader.FieldCount];
        while (await reader.ReadAsync())
        {
            reader.GetValues(values);
        }
    }

    private static async Task<string> InternalTokenAsync(BenchSystem system, LoadedAlliance alliance)
    {
        var secrets = JsonSerializer.Deserialize<Dictionary<string, string>>(await File.ReadAllTextAsync(Path.Combine(system.DataDirectory, "secrets.json")))!;
        var key = InternalKey.ParseSigningKey(secrets["internal-signing-key"]);
        return new InternalTokenIssuer(key, TimeProvider.System, TimeSpan.FromMinutes(15))
            .Issue(new InternalCaller(alliance.PiUserName, [Roles.Pi], [alliance.Id], 1), ResourceNames.Membership);
    }

    private static async Task<double[]> TimeAsync(int samples, Func<Task> call)
    {
        for (var i = 0; i < Warmup; i++)
        {
            await call();
        }

        var times = new double[samples];
        for (var i = 0; i < samples; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await call();
            times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        Array.Sort(times);
        return times;
    }
}

internal sealed record BenchReport(int FirmTotal, IReadOnlyList<(string Path, double[] SortedMs)> Paths)
{
    public void Print(TextWriter output)
    {
        output.WriteLine($"Member summary of an alliance, year 108 (firm total {FirmTotal}), {Paths[0].SortedMs.Length} sequential requests per path:");
        output.WriteLine($"{"path",-36} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8}");
        foreach (var (path, ms) in Paths)
        {
            output.WriteLine($"{path,-36} {At(ms, 0.50),8:0.0} {At(ms, 0.95),8:0.0} {At(ms, 0.99),8:0.0} {ms[^1],8:0.0}");
        }

        var bare = At(Paths[^1].SortedMs, 0.95);
        output.WriteLine($"gateway p95 / bare SQL p95 = {At(Paths[0].SortedMs, 0.95) / bare:0.00}×; service p95 / bare SQL p95 = {At(Paths[1].SortedMs, 0.95) / bare:0.00}×");
    }

    private static double At(double[] sorted, double quantile) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
}
