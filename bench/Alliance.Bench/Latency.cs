using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Alliance.ServiceDefaults.Security;
using Npgsql;

namespace Alliance.Bench;

/// <param name="SortedMs">the timed requests, fastest first</param>
internal sealed record TimedPath(string Name, double[] SortedMs)
{
    public double At(double quantile) => SortedMs[Math.Min(SortedMs.Length - 1, (int)Math.Ceiling(quantile * SortedMs.Length) - 1)];
}

/// <summary>Paths timed in turns, so under the same conditions, and those conditions.</summary>
/// <param name="CpuBusyShare">how busy the machine's processors were while the paths were timed, 0–1</param>
/// <param name="LoadAfter">/proc/loadavg when the last sample was taken</param>
internal sealed record TimedRun(IReadOnlyList<TimedPath> Paths, double CpuBusyShare, string LoadAfter);

/// <summary>Times a path by sequential calls after a warm-up, and prints the paths of one run side by side.</summary>
internal static class Latency
{
    /// <summary>
    /// Calls of each path before the timing: well past the 30 calls after which .NET recompiles a method optimised (and
    /// through its instrumented tier), so what is timed is the code a long-running service runs, not its first compilations.
    /// </summary>
    private const int Warmup = 300;

    /// <summary>The runtime compiles the optimised code in the background, 100 ms after the last method it met for the first time.</summary>
    private static readonly TimeSpan RecompilationPause = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Untimed rounds before a lag is timed, for the same reason as <see cref="Warmup"/>: each round is one write and its handlers'
    /// one event, so a write path's methods run once a round and need some 60 calls (30 to the instrumented tier, 30 more to the
    /// optimised one), with the runtime's pause between (<see cref="LagWarmupStep"/>). With 30 rounds, a system restarted on a kept
    /// data folder timed its writes half-compiled: twice the lag of the same system just after loading the demo, or with tiering off.
    /// </summary>
    public const int LagWarmup = 120;

    private const int LagWarmupStep = 30;

    /// <summary>
    /// A lag: <see cref="LagWarmup"/> untimed rounds with a pause after every <see cref="LagWarmupStep"/>, then <paramref name="samples"/>
    /// timed ones. A round (given its number from 0) prepares what it needs and returns the step to time, which returns once the
    /// effect is seen.
    /// </summary>
    public static async Task<TimedPath> TimeRoundsAsync(string name, int samples, Func<int, Task<Func<Task>>> round)
    {
        var lags = new double[samples];
        for (var i = 0; i < LagWarmup + samples; i++)
        {
            if (i > 0 && i <= LagWarmup && i % LagWarmupStep == 0)
            {
                await Task.Delay(RecompilationPause);
            }

            var step = await round(i);
            var started = Stopwatch.GetTimestamp();
            await step();
            if (i >= LagWarmup)
            {
                lags[i - LagWarmup] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }

        Array.Sort(lags);
        return new TimedPath(name, lags);
    }

    /// <summary>
    /// Times each path <paramref name="samples"/> times, taking the paths in turns (one call of each,
    /// then the next round), so a burst of background work falls on all of them alike and the ratios
    /// between them hold even when the machine is not quiet. Each round takes the paths in a new
    /// random order, so none always follows the work another left behind.
    /// </summary>
    public static async Task<TimedRun> TimeInTurnsAsync(int samples, params (string Name, Func<Task> Call)[] paths)
    {
        for (var i = 0; i < Warmup; i++)
        {
            foreach (var (_, call) in paths)
            {
                await call();
            }
        }

        await Task.Delay(RecompilationPause);

        var cpuBefore = CpuBusy.Now();
        var times = paths.Select(_ => new double[samples]).ToArray();
        var order = Enumerable.Range(0, paths.Length).ToArray();
        var random = new Random(20191031);
        for (var i = 0; i < samples; i++)
        {
            random.Shuffle(order);
            foreach (var p in order)
            {
                var started = Stopwatch.GetTimestamp();
                await paths[p].Call();
                times[p][i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }

        var cpuShare = CpuBusy.ShareSince(cpuBefore);
        foreach (var sorted in times)
        {
            Array.Sort(sorted);
        }

        return new TimedRun(paths.Select((path, p) => new TimedPath(path.Name, times[p])).ToArray(), cpuShare, LoadAverage.Now());
    }

    /// <summary>The table: p50, p95, p99 and max of each path (gateway, service, bare SQL), then the goal's ratios.</summary>
    public static void Print(TextWriter output, TimedRun run)
    {
        var paths = run.Paths;
        output.WriteLine($"{"path",-36} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8}");
        foreach (var path in paths)
        {
            output.WriteLine($"{path.Name,-36} {path.At(0.50),8:0.0} {path.At(0.95),8:0.0} {path.At(0.99),8:0.0} {path.SortedMs[^1],8:0.0}");
        }

        output.WriteLine($"processors busy meanwhile {run.CpuBusyShare:P0}; load average after {run.LoadAfter}");

        var bare = paths[^1].At(0.95);
        output.WriteLine($"gateway p95 / bare SQL p95 = {paths[0].At(0.95) / bare:0.00}×; service p95 / bare SQL p95 = {paths[1].At(0.95) / bare:0.00}× " +
                         "(goal: ≤ 2× the bare SQL)");
    }

    /// <summary>The parameter names each statement uses, found once: the timed bare SQL should not pay for searching its own text.</summary>
    private static readonly ConcurrentDictionary<string, HashSet<string>> NamesIn = new(StringComparer.Ordinal);

    /// <summary>Runs <paramref name="sql"/> with those of <paramref name="parameters"/> it names (<c>@name</c>), reading every value of every row.</summary>
    public static async Task DrainAsync(NpgsqlConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var named = NamesIn.GetOrAdd(sql, text => [.. Regex.Matches(text, @"@(\w+)").Select(m => m.Groups[1].Value)]);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters.Where(p => named.Contains(p.Name)))
        {
            command.Parameters.AddWithValue(name, value);
        }

        await DrainAsync(command);
    }

    /// <summary>Reads every value of every row, as the service's data reader does.</summary>
    public static async Task DrainAsync(NpgsqlCommand command)
    {
        await using var reader = await command.ExecuteReaderAsync();
        var values = new object[reader.FieldCount];
        while (await reader.ReadAsync())
        {
            reader.GetValues(values);
        }
    }

    /// <summary>The internal token the gateway would forward for this PI, signed with the run's own key, for calling a service directly.</summary>
    public static Task<string> InternalTokenAsync(BenchSystem system, string piUserName, Guid allianceId, string service) =>
        InternalTokenAsync(system, new InternalCaller(piUserName, [Roles.Pi], [allianceId], 1), service);

    /// <summary>The token the gateway would forward for <paramref name="caller"/>, signed with the run's internal key.</summary>
    public static async Task<string> InternalTokenAsync(BenchSystem system, InternalCaller caller, string service)
    {
        var secrets = JsonSerializer.Deserialize<Dictionary<string, string>>(await File.ReadAllTextAsync(Path.Combine(system.DataDirectory, "secrets.json")))!;
        var key = InternalKey.ParseSigningKey(secrets["internal-signing-key"]);
        return new InternalTokenIssuer(key, TimeProvider.System, TimeSpan.FromMinutes(15)).Issue(caller, service);
    }
}
