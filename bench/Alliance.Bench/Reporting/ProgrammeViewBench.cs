using System.Net.Http.Headers;
using Alliance.Programme;
using Alliance.Reporting.Domain;
using Alliance.Reporting.Domain.Summary;
using Alliance.ServiceDefaults;
using Alliance.ServiceDefaults.Security;
using Aspire.Hosting.Testing;
using Npgsql;

namespace Alliance.Bench.Reporting;

/// <summary>
/// Issue 17's figure: the whole programme's view of a year (every alliance with a subsidy, its members counted at the cutoff,
/// its revenue and targets, summed per domain and in total) as a centre administrator reads it, three ways: through the
/// gateway, straight to reporting, and as the bare SQL behind it. Goal: p95 &lt; 50 ms and ≤ 2× the bare SQL, at 1× and at 10×.
/// </summary>
internal static class ProgrammeViewBench
{
    /// <param name="centre">a centre administrator signed in through the gateway</param>
    public static async Task<TimedRun> RunAsync(BenchSystem system, HttpClient centre, string centreUserName, int samples, ProgrammeYear year, TextWriter output)
    {
        var view = $"/api/reporting/programme?year={year.Roc}";
        using var direct = system.App.CreateHttpClient(ResourceNames.Reporting);
        var caller = new InternalCaller(centreUserName, [Roles.CentreAdmin], [], 1);
        direct.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Latency.InternalTokenAsync(system, caller, ResourceNames.Reporting));
        await using var dataSource = NpgsqlDataSource.Create((await system.App.GetConnectionStringAsync(ResourceNames.ReportingDb))!);

        var run = await Latency.TimeInTurnsAsync(samples,
            ("gateway (centre's session)", async () => (await centre.GetAsync(view)).EnsureSuccessStatusCode().Dispose()),
            ("service directly (internal token)", async () => (await direct.GetAsync(view)).EnsureSuccessStatusCode().Dispose()),
            ("bare SQL (the view's queries)", () => BareQueriesAsync(dataSource, year)));
        output.WriteLine($"Programme view of year {year.Roc} ({await AlliancesAsync(dataSource, year)} alliances with a subsidy), {samples} requests per path, the paths in turns:");
        Latency.Print(output, run);
        output.WriteLine($"programme view: gateway p95 {run.Paths[0].At(0.95):0.0} ms, {run.Paths[0].At(0.95) / run.Paths[2].At(0.95):0.00}× the bare SQL (goal: < 50 ms and ≤ 2×)");
        return run;
    }

    /// <summary>
    /// What reporting asks its database for the view, as SQL: the year's subsidised alliances with their phase, their accepted
    /// incomes of the year by category and their members counted at the cutoff by kind (the tables the copies' triggers keep), their shown
    /// targets, and the programme's target.
    /// </summary>
    private static async Task BareQueriesAsync(NpgsqlDataSource dataSource, ProgrammeYear year)
    {
        const string Subsidised = "SELECT alliance_id FROM subsidy_copies WHERE year = @y AND amount > 0";
        (string, object)[] parameters = [("y", year.Roc)];
        await using var connection = await dataSource.OpenConnectionAsync();
        var alliances = new List<Guid>();
        await using (var command = new NpgsqlCommand("""
            SELECT a.alliance_id, a.code, a.name, a.domain_code, s.amount, coalesce(p.phase, a.phase), coalesce(p.year_in_phase, a.year_in_phase)
            FROM subsidy_copies s JOIN roster_alliances a ON a.alliance_id = s.alliance_id
            LEFT JOIN alliance_year_phases p ON p.alliance_id = a.alliance_id AND p.year = @y
            WHERE s.year = @y AND s.amount > 0 AND a.details_version IS NOT NULL ORDER BY a.code
            """, connection))
        {
            command.Parameters.AddWithValue("y", year.Roc);
            await using var reader = await command.ExecuteReaderAsync();
            var values = new object[reader.FieldCount];
            while (await reader.ReadAsync())
            {
                reader.GetValues(values);
                alliances.Add((Guid)values[0]);
            }
        }

        (string, object)[] withIds = [.. parameters, ("ids", alliances.ToArray())];
        await Latency.DrainAsync(connection, "SELECT alliance_id, category, amount FROM income_year_sums WHERE alliance_id = ANY(@ids) AND year = @y AND entries > 0", withIds);
        await Latency.DrainAsync(connection,
            "SELECT alliance_id, member_kind, sum(count) FROM member_counts WHERE alliance_id = ANY(@ids) AND year = @y AND count > 0 GROUP BY alliance_id, member_kind",
            withIds);
        await Latency.DrainAsync(connection, $"SELECT alliance_id, values FROM alliance_targets WHERE alliance_id IN ({Subsidised}) AND year = @y AND status IN ('Submitted', 'Approved')", parameters);
        await Latency.DrainAsync(connection, "SELECT * FROM programme_targets WHERE year = @y", parameters);
    }

    private static async Task<long> AlliancesAsync(NpgsqlDataSource dataSource, ProgrammeYear year)
    {
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM subsidy_copies WHERE year = @y AND amount > 0");
        command.Parameters.AddWithValue("y", year.Roc);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
