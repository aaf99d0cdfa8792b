using System.Globalization;
using System.Net.Http.Headers;
using Alliance.Bench.Activity;
using Alliance.Bench.Revenue;
using Alliance.Demo;
using Alliance.Demo.Load;
using Alliance.Demo.Plan;
using Alliance.ServiceDefaults;
using Aspire.Hosting.Testing;

namespace Alliance.Bench;

/// <summary>
/// <c>all [--scale 1] [--seed 108] [--samples 200] [--users 50] [--seconds 60] [--data-dir DIR]</c>: starts the system,
/// loads the demo programme at that scale (or reuses the one a kept data folder holds), waits for it to settle, then prints every main read path
/// (member, revenue and activity summaries, reporting's summary table, the programme view) three ways (gateway, service, bare SQL), the summary PDF,
/// a new member's lag to the table, the gateway's own overhead, the event lag, and the load held by a crowd of users. Run it at 1× and at 10× and compare: each read is of one alliance and one year.
/// </summary>
internal static class AllBench
{
    public static async Task<bool> RunIfAskedAsync(string[] args)
    {
        if (args is not ["all", ..])
        {
            return false;
        }

        var samples = int.Parse(DemoLoadBench.Option(args, "--samples") ?? "200", CultureInfo.InvariantCulture);
        var users = int.Parse(DemoLoadBench.Option(args, "--users") ?? "50", CultureInfo.InvariantCulture);
        var seconds = int.Parse(DemoLoadBench.Option(args, "--seconds") ?? "60", CultureInfo.InvariantCulture);

        await using var system = await BenchSystem.StartAsync(DemoLoadBench.Option(args, "--data-dir"));
        await QuietSystem.WaitAsync(system);
        var (programme, loaded, _) = await DemoLoadBench.LoadAsync(system, args);
        await QuietSystem.WaitAsync(system);
        using var gateway = new DemoGateway(system.Gateway.BaseAddress!);

        // The demo PI's first alliance: an ordinary alliance of the programme, the same at every scale.
        var measured = programme.Alliances.First(a => a.Pi.UserName == DemoPlanner.DemoPiUserName);
        var allianceId = loaded.AllianceIds[measured.Code];
        var piPassword = loaded.Accounts.Single(a => a.UserName == DemoPlanner.DemoPiUserName).Password;
        var pi = (await gateway.SignInAsync(DemoPlanner.DemoPiUserName, piPassword, null, CancellationToken.None)).Client;

        var members = await MemberSummaryBench.RunAsync(system, new LoadedAlliance(allianceId, DemoPlanner.DemoPiUserName, pi), samples, programme.Current.Roc);
        members.Print(Console.Out);
        var revenue = await RevenueSummaryBench.RunAsync(system, new RevenueAlliance(allianceId, DemoPlanner.DemoPiUserName, pi), samples, programme.Current, Console.Out);
        var activity = await ActivitySummaryBench.RunAsync(system, new LoadedAlliance(allianceId, DemoPlanner.DemoPiUserName, pi), samples, programme.Current, Console.Out);
        var centreAccount = loaded.Accounts.Single(a => a.UserName == DemoLoader.CentreUserName);
        var centre = (await gateway.SignInAsync(centreAccount.UserName, centreAccount.Password, new Authenticator(centreAccount.AuthenticatorKey!), CancellationToken.None)).Client;
        var reporting = await Reporting.ReportingSummaryBench.RunAsync(system, centre, new LoadedAlliance(allianceId, DemoPlanner.DemoPiUserName, pi), samples, programme.Current, Console.Out);
        var programmeView = await Reporting.ProgrammeViewBench.RunAsync(system, centre, centreAccount.UserName, samples, programme.Current, Console.Out);
        var overhead = await GatewayOverheadAsync(system, pi, allianceId, samples);
        var lag = await EventLag.MeasureAsync(system, pi, allianceId, samples: 50);
        var crowd = await MixedLoad.RunAsync(system, pi, allianceId, programme.Current.Roc, users, TimeSpan.FromSeconds(seconds));

        Console.WriteLine();
        Console.WriteLine($"Summary (scale {programme.Scale.ToString(CultureInfo.InvariantCulture)}, {loaded.Alliances} alliances, alliance {measured.Code}, year {programme.Current.Roc}):");
        Console.WriteLine($"{"read path",-26} {"gateway p50/p95/p99 ms",24} {"service p50/p95/p99 ms",24} {"bare SQL p50/p95/p99 ms",24} {"gateway p95 ÷ SQL p95",22}");
        Row("member summary", members.Run);
        Row("revenue summary", revenue);
        Row("activity summary", activity);
        Row("summary table (reporting)", reporting.Table);
        Row("programme view", programmeView);
        Console.WriteLine($"summary PDF through the gateway: p50 {reporting.Pdf.Paths[0].At(0.5):0.0} ms, p95 {reporting.Pdf.Paths[0].At(0.95):0.0} ms (goal p95 < 100 ms)");
        Console.WriteLine($"member lag, a firm member added to the summary table counting it: p50 {reporting.MemberLag.At(0.5):0.0} ms, p95 {reporting.MemberLag.At(0.95):0.0} ms (goal p95 < 100 ms)");
        Console.WriteLine($"gateway's own overhead (p50, a cheap request through the gateway minus straight to the service): {overhead.Gateway.At(0.5) - overhead.Direct.At(0.5):0.00} ms (goal ≤ 0.5 ms)");
        Console.WriteLine($"event lag, a member's change to revenue's copy of it: p50 {lag.At(0.5):0.0} ms, p95 {lag.At(0.95):0.0} ms (goal p95 < 100 ms)");
        Console.WriteLine(crowd);
        return true;
    }

    private static void Row(string name, TimedRun run)
    {
        static string Quantiles(TimedPath path) => $"{path.At(0.5):0.0}/{path.At(0.95):0.0}/{path.At(0.99):0.0}";
        Console.WriteLine($"{name,-26} {Quantiles(run.Paths[0]),24} {Quantiles(run.Paths[1]),24} {Quantiles(run.Paths[2]),24} {run.Paths[0].At(0.95) / run.Paths[2].At(0.95),21:0.00}×");
    }

    /// <summary>The alliance itself, a small answer the service reads by its key: what is left is the gateway's own work.</summary>
    private static async Task<(TimedPath Gateway, TimedPath Direct)> GatewayOverheadAsync(BenchSystem system, HttpClient pi, Guid allianceId, int samples)
    {
        var path = $"/api/membership/alliances/{allianceId}";
        using var direct = system.App.CreateHttpClient(ResourceNames.Membership);
        direct.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Latency.InternalTokenAsync(system, DemoPlanner.DemoPiUserName, allianceId, ResourceNames.Membership));
        var run = await Latency.TimeInTurnsAsync(samples,
            ("gateway", async () => (await pi.GetAsync(path)).EnsureSuccessStatusCode().Dispose()),
            ("service directly", async () => (await direct.GetAsync(path)).EnsureSuccessStatusCode().Dispose()));
        return (run.Paths[0], run.Paths[1]);
    }
}
