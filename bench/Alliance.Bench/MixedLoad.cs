using System.Diagnostics;
using System.Globalization;

namespace Alliance.Bench;

/// <summary>
/// A crowd of users, each reading one page's data after another with no pause (the member summary,
/// the members, the revenue summary, the income entries, the activity summary of one alliance), for a fixed time: the rate
/// the system held, its errors, and how much of the two cores this load generator itself took.
/// </summary>
internal static class MixedLoad
{
    public static async Task<string> RunAsync(BenchSystem system, HttpClient pi, Guid allianceId, int year, int users, TimeSpan duration)
    {
        var y = year.ToString(CultureInfo.InvariantCulture);
        string[] paths =
        [
            $"/api/membership/alliances/{allianceId}/member-summary?year={y}",
            $"/api/membership/alliances/{allianceId}/members",
            $"/api/revenue/alliances/{allianceId}/summary?year={y}",
            $"/api/revenue/alliances/{allianceId}/incomes?year={y}",
            $"/api/activity/alliances/{allianceId}/summary?year={y}",
        ];
        long requests = 0, errors = 0;
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var machineBefore = CpuBusy.Now();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, users), new ParallelOptions { MaxDegreeOfParallelism = users }, async (user, _) =>
        {
            for (var i = user; clock.Elapsed < duration; i++)
            {
                try
                {
                    using var response = await pi.GetAsync(paths[i % paths.Length]);
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }

                Interlocked.Increment(ref requests);
            }
        });
        var seconds = clock.Elapsed.TotalSeconds;
        process.Refresh();
        var ownShare = (process.TotalProcessorTime - cpuBefore).TotalSeconds / seconds / Environment.ProcessorCount;
        return $"load: {users} users reading for {seconds:0} s: {requests / seconds:0} requests/s, {errors} errors of {requests} " +
               $"(this load generator took {ownShare:P0} of the processors, the machine was {CpuBusy.ShareSince(machineBefore):P0} busy; goal 0 errors)";
    }
}
