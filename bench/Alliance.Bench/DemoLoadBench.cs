using System.Globalization;
using Alliance.Demo.Load;
using Alliance.Demo.Plan;

namespace Alliance.Bench;

/// <summary>
/// <c>demo [--scale 1] [--seed 108]</c>: starts the system and loads the demo programme into it through
/// the gateway, as <c>./run.sh</c> does on a first start, and prints how long it took with the load average.
/// </summary>
internal static class DemoLoadBench
{
    public static async Task<bool> RunIfAskedAsync(string[] args)
    {
        if (args is not ["demo", ..])
        {
            return false;
        }

        await using var system = await BenchSystem.StartAsync();
        await QuietSystem.WaitAsync(system);
        using var gateway = new DemoGateway(system.Gateway.BaseAddress!);
        await LoadAsync(system, gateway, args);
        return true;
    }

    /// <summary>Loads the demo the arguments ask for (<c>--scale</c>, <c>--seed</c>) as the first administrator, and prints how long it took.</summary>
    public static async Task<(DemoProgramme Programme, DemoLoadResult Loaded)> LoadAsync(BenchSystem system, DemoGateway gateway, string[] args)
    {
        var scale = double.Parse(Option(args, "--scale") ?? "1", CultureInfo.InvariantCulture);
        var seed = int.Parse(Option(args, "--seed") ?? "108", CultureInfo.InvariantCulture);
        var programme = DemoPlanner.Plan(seed, scale, DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime));
        var loadBefore = LoadAverage.Now();
        var admin = await gateway.SignInAsync("admin", system.AdminPassword, null, CancellationToken.None);
        var result = await new DemoLoader(gateway, Console.Error).LoadAsync(programme, admin, CancellationToken.None);
        Console.WriteLine($"Demo programme loaded: {result.Alliances} alliances, {result.Members} members, {result.Incomes} income entries in {result.Elapsed.TotalSeconds:0} s " +
            $"(scale {scale.ToString(CultureInfo.InvariantCulture)}, {Environment.ProcessorCount} cores, load average {loadBefore} before, {LoadAverage.Now()} after).");
        return (programme, result);
    }

    public static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
