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
        return new BenchReport(firmTotal, [("gateway (PI's bearer token)", gateway), ("service directly (internal token)", service), ("bare SQL (the same query)", sql)]);
    }

    /// <summary>
    /// The service's query as EF Core sends it (members left-joined to their contracts, only the
    /// columns the summary reads), every value read; the unit test MemberSummaryQueryTests pins the
    /// service to this text.
    /// </summary>
    private const string SummarySql = """
        SELECT m.id, m.name, m.kind, m.registration_number, m.county, m0.start, m0."end", m0.paid, m0.source, m0.id
        FROM members AS m
        LEFT JOIN membership_contracts AS m0 ON m.id = m0.member_id
        WHERE m.alliance_id = @allianceId
        ORDER BY m.name, m.id
        """;

    private static async Task BareQueryAsync(NpgsqlDataSource dataSource, Guid allianceId)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var members = new NpgsqlCommand(SummarySql, connection);
        members.Parameters.AddWithValue("allianceId", allianceId);
        await DrainAsync(members);
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

    private static async Task<TimedPath> TimeAsync(int samples, Func<Task> call)
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
        return new TimedPath(times, LoadAverage.Now());
    }
}

/// <param name="LoadAfter">/proc/loadavg when the path's last sample was taken</param>
internal sealed record TimedPath(double[] SortedMs, string LoadAfter);

internal sealed record BenchReport(int FirmTotal, IReadOnlyList<(string Path, TimedPath Timed)> Paths)
{
    public void Print(TextWriter output)
    {
        output.WriteLine($"Member summary of an alliance, year 108 (firm total {FirmTotal}), {Paths[0].Timed.SortedMs.Length} sequential requests per path:");
        output.WriteLine($"{"path",-36} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8}  load average");
        foreach (var (path, (ms, load)) in Paths)
        {
            output.WriteLine($"{path,-36} {At(ms, 0.50),8:0.0} {At(ms, 0.95),8:0.0} {At(ms, 0.99),8:0.0} {ms[^1],8:0.0}  {load}");
        }

        var bare = At(Paths[^1].Timed.SortedMs, 0.95);
        output.WriteLine($"gateway p95 / bare SQL p95 = {At(Paths[0].Timed.SortedMs, 0.95) / bare:0.00}×; service p95 / bare SQL p95 = {At(Paths[1].Timed.SortedMs, 0.95) / bare:0.00}×");
    }

    private static double At(double[] sorted, double quantile) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
}
