using Alliance.Programme;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using Alliance.ServiceDefaults;
using Alliance.ServiceDefaults.Security;
using Aspire.Hosting.Testing;
using Npgsql;

namespace Alliance.Bench.Revenue;

/// <summary>
/// The revenue summary of one alliance-year with 10,000 entries, through the gateway, straight to the
/// service, and the bare SQL behind it, in one run. Goal: gateway p95 under 50 ms and under 3× bare SQL.
/// </summary>
internal static class RevenueSummaryBench
{
    private const int DefaultEntries = 10_000;

    /// <summary>Runs when the first argument is <c>revenue</c> (<c>--entries N</c>, <c>--samples N</c>); false otherwise.</summary>
    public static async Task<bool> RunIfAskedAsync(string[] args)
    {
        if (args is not ["revenue", ..])
        {
            return false;
        }

        var entries = Option(args, "--entries", DefaultEntries);
        var samples = Option(args, "--samples", 300);
        await using var system = await BenchSystem.StartAsync();
        var alliance = await RevenueLoad.CreateAllianceWithIncomesAsync(system, entries);
        await QuietSystem.WaitAsync(system);
        await RunAsync(system, alliance, samples, ProgrammeYear.Create(108), Console.Out);
        return true;
    }

    public static async Task<TimedRun> RunAsync(BenchSystem system, RevenueAlliance alliance, int samples, ProgrammeYear year, TextWriter output)
    {
        var path = $"/api/revenue/alliances/{alliance.Id}/summary?year={year.Roc}";
        using var direct = system.App.CreateHttpClient(ResourceNames.Revenue);
        direct.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Latency.InternalTokenAsync(system, alliance.PiUserName, alliance.Id, ResourceNames.Revenue));
        await using var dataSource = NpgsqlDataSource.Create((await system.App.GetConnectionStringAsync(ResourceNames.RevenueDb))!);
        var counted = await CountAsync(dataSource, alliance.Id);

        var summary = JsonDocument.Parse(await alliance.Pi.GetStringAsync(path)).RootElement;
        var run = await Latency.TimeInTurnsAsync(samples,
            ("gateway (PI's bearer token)", async () => (await alliance.Pi.GetAsync(path)).EnsureSuccessStatusCode().Dispose()),
            ("service directly (internal token)", async () => (await direct.GetAsync(path)).EnsureSuccessStatusCode().Dispose()),
            ("bare SQL (the summary's queries)", () => BareQueriesAsync(dataSource, alliance.Id, year)));

        output.WriteLine($"Revenue summary of one alliance, year {year.Roc} ({counted} entries in all years; operating revenue {summary.GetProperty("operatingRevenue")} NTD, " +
                         $"ratio {summary.GetProperty("selfSufficiencyRatio")}), {samples} requests per path, one at a time, the paths in turns:");
        Latency.Print(output, run);
        return run;
    }

    /// <summary>
    /// What the service asks the database for one summary, as SQL: the alliance on the roster, then per
    /// year (the one asked for and the one before) the amounts summed by category and status (an index-only scan of
    /// ix_incomes_alliance_year_date) and the subsidy.
    /// </summary>
    private static async Task BareQueriesAsync(NpgsqlDataSource dataSource, Guid allianceId, ProgrammeYear current)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using (var roster = new NpgsqlCommand("SELECT terminated_on FROM roster_alliances WHERE alliance_id = @a", connection))
        {
            roster.Parameters.AddWithValue("a", allianceId);
            await Latency.DrainAsync(roster);
        }

        foreach (var (year, from, to) in new[] { current, ProgrammeYear.Create(current.Roc - 1) }.Select(y => (y.Roc, y.ContractWindow.Start, y.ContractWindow.End)))
        {
            await using var totals = new NpgsqlCommand(
                """
                SELECT category, status, sum(amount), count(*) FROM incomes
                WHERE alliance_id = @a AND year = @y AND date >= @f AND date <= @t AND status <> 'Voided'
                GROUP BY category, status
                """, connection);
            totals.Parameters.AddWithValue("a", allianceId);
            totals.Parameters.AddWithValue("y", year);
            totals.Parameters.AddWithValue("f", from);
            totals.Parameters.AddWithValue("t", to);
            await Latency.DrainAsync(totals);
            await using var subsidy = new NpgsqlCommand("SELECT amount FROM subsidies WHERE alliance_id = @a AND year = @y", connection);
            subsidy.Parameters.AddWithValue("a", allianceId);
            subsidy.Parameters.AddWithValue("y", year);
            await Latency.DrainAsync(subsidy);
        }
    }

    private static async Task<long> CountAsync(NpgsqlDataSource dataSource, Guid allianceId)
    {
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM incomes WHERE alliance_id = @a");
        command.Parameters.AddWithValue("a", allianceId);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var value) ? value : fallback;
    }
}
