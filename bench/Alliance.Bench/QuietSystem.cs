using System.Diagnostics;
using Alliance.ServiceDefaults;
using Aspire.Hosting.Testing;
using Npgsql;

namespace Alliance.Bench;

/// <summary>
/// Loading thousands of records through the API leaves minutes of work behind it (the outbox relays
/// publishing, revenue consuming every member event). A latency measured in that wake measures the
/// queue, not the request; so the benchmarks first wait for the system to settle: every outbox sent
/// and the machine's processors mostly idle.
/// </summary>
internal static class QuietSystem
{
    private const double IdleBusyShare = 0.15;
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);
    private static readonly string[] Databases =
        [ResourceNames.MembershipDb, ResourceNames.RevenueDb, ResourceNames.ActivityDb, ResourceNames.SiteVisitDb, ResourceNames.ReportingDb, ResourceNames.GatewayDb];

    /// <summary>Waits (at most ten minutes) until no outbox has an unsent event and two seconds in a row were mostly idle.</summary>
    public static async Task WaitAsync(BenchSystem system)
    {
        var started = Stopwatch.GetTimestamp();
        var quietSeconds = 0;
        while (quietSeconds < 2 && Stopwatch.GetElapsedTime(started) < Limit)
        {
            var busy = await CpuBusy.OverAsync(TimeSpan.FromSeconds(1));
            var unsent = await UnsentEventsAsync(system);
            quietSeconds = unsent == 0 && busy < IdleBusyShare ? quietSeconds + 1 : 0;
        }

        Console.Error.WriteLine(quietSeconds >= 2
            ? $"The system settled after {Stopwatch.GetElapsedTime(started).TotalSeconds:0} s."
            : $"The system did not settle within {Limit.TotalMinutes:0} minutes; measuring anyway.");
    }

    private static async Task<long> UnsentEventsAsync(BenchSystem system)
    {
        long unsent = 0;
        foreach (var database in Databases)
        {
            await using var connection = new NpgsqlConnection(await system.App.GetConnectionStringAsync(database));
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL", connection);
            unsent += (long)(await command.ExecuteScalarAsync())!;
        }

        return unsent;
    }
}

/// <summary>The share of all processors' time spent busy (not idle or waiting on I/O), from /proc/stat.</summary>
internal readonly record struct CpuBusy(long Busy, long Total)
{
    public static CpuBusy Now()
    {
        if (!File.Exists("/proc/stat"))
        {
            return default;
        }

        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8).Select(long.Parse).ToArray();
        var total = fields.Sum();
        var idle = fields[3] + fields[4];
        return new CpuBusy(total - idle, total);
    }

    /// <summary>The busy share between <paramref name="since"/> and now, 0–1.</summary>
    public static double ShareSince(CpuBusy since)
    {
        var now = Now();
        var total = now.Total - since.Total;
        return total <= 0 ? 0 : (double)(now.Busy - since.Busy) / total;
    }

    public static async Task<double> OverAsync(TimeSpan window)
    {
        var before = Now();
        await Task.Delay(window);
        return ShareSince(before);
    }
}
