using System.Globalization;
using System.Net.Http.Headers;
using Alliance.Demo.Load;
using Alliance.Demo.Plan;
using Alliance.ServiceDefaults;
using Aspire.Hosting.Testing;
using Npgsql;

namespace Alliance.Bench;

/// <summary>
/// <c>floor [--samples 2000] [--scale 1] --data-dir DIR</c>: where a read's time goes beyond its SQL, on the demo programme. In one run,
/// in turns: membership's <c>/alive</c> (one HTTP hop and nothing else), the demo PI's alliance straight from membership (a verified
/// internal token and one statement) and through the gateway (the PI's token checked, a second hop), the member summary (two statements
/// and the cutoff rule), and beside them a bare <c>SELECT 1</c> and the alliance's own statement. The differences are the costs of a hop,
/// of the token and the framework, and of the gateway, against which a read of a millisecond of SQL is measured.
/// </summary>
internal static class FloorBench
{
    public static async Task<bool> RunIfAskedAsync(string[] args)
    {
        if (args is not ["floor", ..])
        {
            return false;
        }

        var samples = int.Parse(DemoLoadBench.Option(args, "--samples") ?? "2000", CultureInfo.InvariantCulture);
        await using var system = await BenchSystem.StartAsync(DemoLoadBench.Option(args, "--data-dir"));
        await QuietSystem.WaitAsync(system);
        var (programme, loaded, _) = await DemoLoadBench.LoadAsync(system, args);
        await QuietSystem.WaitAsync(system);

        var measured = programme.Alliances.First(a => a.Pi.UserName == DemoPlanner.DemoPiUserName);
        var allianceId = loaded.AllianceIds[measured.Code];
        using var gateway = new DemoGateway(system.Gateway.BaseAddress!);
        var piPassword = loaded.Accounts.Single(a => a.UserName == DemoPlanner.DemoPiUserName).Password;
        var pi = (await gateway.SignInAsync(DemoPlanner.DemoPiUserName, piPassword, null, CancellationToken.None)).Client;
        using var direct = system.App.CreateHttpClient(ResourceNames.Membership);
        direct.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Latency.InternalTokenAsync(system, DemoPlanner.DemoPiUserName, allianceId, ResourceNames.Membership));
        using var anonymous = system.App.CreateHttpClient(ResourceNames.Membership);
        await using var dataSource = NpgsqlDataSource.Create((await system.App.GetConnectionStringAsync(ResourceNames.MembershipDb))!);

        var alliance = $"/api/membership/alliances/{allianceId}";
        var summary = $"{alliance}/member-summary?year={programme.Current.Roc}";
        (string, object)[] parameters = [("a", allianceId)];
        var run = await Latency.TimeInTurnsAsync(samples,
            ("membership /alive, anonymous", () => GetAsync(anonymous, "/alive")),
            ("alliance, straight to membership", () => GetAsync(direct, alliance)),
            ("alliance, through the gateway", () => GetAsync(pi, alliance)),
            ("member summary, straight", () => GetAsync(direct, summary)),
            ("bare SQL: SELECT 1", () => SqlAsync(dataSource, "SELECT 1", parameters)),
            ("bare SQL: the alliance's statement", () => SqlAsync(dataSource, "SELECT * FROM alliances WHERE id = @a LIMIT 2", parameters)));

        Console.WriteLine($"Where a read's time goes ({samples} requests per path, one at a time, the paths in turns):");
        Console.WriteLine($"{"path",-40} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8}");
        foreach (var path in run.Paths)
        {
            Console.WriteLine($"{path.Name,-40} {path.At(0.50),8:0.00} {path.At(0.95),8:0.00} {path.At(0.99),8:0.00}");
        }

        Console.WriteLine($"processors busy meanwhile {run.CpuBusyShare:P0}; load average after {run.LoadAfter}");
        return true;
    }

    private static async Task GetAsync(HttpClient client, string path) => (await client.GetAsync(path)).EnsureSuccessStatusCode().Dispose();

    private static async Task SqlAsync(NpgsqlDataSource dataSource, string sql, (string, object)[] parameters)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await Latency.DrainAsync(connection, sql, parameters);
    }
}
