using System.Net.Http.Headers;
using System.Text.Json;
using Alliance.Programme;
using Alliance.ServiceDefaults;
using Aspire.Hosting.Testing;
using Npgsql;

namespace Alliance.Bench.Activity;

/// <summary>
/// The activity summary of one alliance-year through the gateway, straight to the service, and the bare
/// SQL behind it, in one run. Goal (issue 14): gateway p95 under 15 ms and at most 2× the bare SQL.
/// </summary>
internal static class ActivitySummaryBench
{
    public static async Task<TimedRun> RunAsync(BenchSystem system, LoadedAlliance alliance, int samples, ProgrammeYear year, TextWriter output)
    {
        var path = $"/api/activity/alliances/{alliance.Id}/summary?year={year.Roc}";
        using var direct = system.App.CreateHttpClient(ResourceNames.Activity);
        direct.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Latency.InternalTokenAsync(system, alliance.PiUserName, alliance.Id, ResourceNames.Activity));
        await using var dataSource = NpgsqlDataSource.Create((await system.App.GetConnectionStringAsync(ResourceNames.ActivityDb))!);
        var counted = await CountAsync(dataSource, alliance.Id, year);

        var summary = JsonDocument.Parse(await alliance.Pi.GetStringAsync(path)).RootElement;
        var run = await Latency.TimeInTurnsAsync(samples,
            ("gateway (PI's bearer token)", async () => (await alliance.Pi.GetAsync(path)).EnsureSuccessStatusCode().Dispose()),
            ("service directly (internal token)", async () => (await direct.GetAsync(path)).EnsureSuccessStatusCode().Dispose()),
            ("bare SQL (the summary's queries)", () => BareQueriesAsync(dataSource, alliance.Id, year)));

        var figures = string.Join(", ", summary.GetProperty("kpis").EnumerateArray().Select(k => $"{k.GetProperty("kpi").GetString()} {k.GetProperty("figure")}"));
        output.WriteLine($"Activity summary of one alliance, year {year.Roc} ({counted} records that year; {figures}), {samples} requests per path, one at a time, the paths in turns:");
        Latency.Print(output, run);
        output.WriteLine($"activity summary: gateway p95 {run.Paths[0].At(0.95):0.0} ms, {run.Paths[0].At(0.95) / run.Paths[2].At(0.95):0.00}× the bare SQL (goal: < 15 ms and ≤ 2×)");
        return run;
    }

    /// <summary>
    /// What the service asks the database for one summary, as SQL: the alliance on the roster, then the
    /// year's records summed by kind and status over its date range, voided ones left out (an index-only
    /// scan of ix_activities_alliance_year_date, which includes kind, status and figure).
    /// </summary>
    private static async Task BareQueriesAsync(NpgsqlDataSource dataSource, Guid allianceId, ProgrammeYear year)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using (var roster = new NpgsqlCommand("SELECT terminated_on FROM roster_alliances WHERE alliance_id = @a", connection))
        {
            roster.Parameters.AddWithValue("a", allianceId);
            await Latency.DrainAsync(roster);
        }

        await using var totals = new NpgsqlCommand(
            """
            SELECT kind, status, sum(figure), count(*) FROM activities
            WHERE alliance_id = @a AND year = @y AND date >= @f AND date <= @t AND status <> 'Voided'
            GROUP BY kind, status
            """, connection);
        totals.Parameters.AddWithValue("a", allianceId);
        totals.Parameters.AddWithValue("y", year.Roc);
        totals.Parameters.AddWithValue("f", year.Period.Start);
        totals.Parameters.AddWithValue("t", year.Period.End);
        await Latency.DrainAsync(totals);
    }

    private static async Task<long> CountAsync(NpgsqlDataSource dataSource, Guid allianceId, ProgrammeYear year)
    {
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM activities WHERE alliance_id = @a AND year = @y");
        command.Parameters.AddWithValue("a", allianceId);
        command.Parameters.AddWithValue("y", year.Roc);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
