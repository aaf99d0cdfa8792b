using System.Globalization;
using Alliance.Demo;

namespace Alliance.Bench;

/// <summary>
/// <c>demo [--scale 1] [--seed 108] [--data-dir DIR]</c>: starts the system and loads the demo programme into it through
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

        await using var system = await BenchSystem.StartAsync(Option(args, "--data-dir"));
        await QuietSystem.WaitAsync(system);
        await LoadAsync(system, args);
        return true;
    }

    /// <summary>
    /// Loads the demo the arguments ask for (<c>--scale</c>, <c>--seed</c>) as the first administrator, and prints how
    /// long it took; when the system's data folder already holds that programme, loaded whole, reads it back instead
    /// and says so (an interrupted load there is completed).
    /// </summary>
    public static async Task<DemoRunResult> LoadAsync(BenchSystem system, string[] args)
    {
        var scale = double.Parse(Option(args, "--scale") ?? "1", CultureInfo.InvariantCulture);
        var seed = int.Parse(Option(args, "--seed") ?? "108", CultureInfo.InvariantCulture);
        var options = new DemoOptions(scale, seed, system.Gateway.BaseAddress!, system.DataDirectory, system.AdminPassword, AdminKey: null, Today: null);
        if (DemoRecord.IsLoaded(system.DataDirectory))
        {
            var loaded = DemoRecord.Loaded(system.DataDirectory);
            if (loaded is null || !loaded.Is(seed, scale))
            {
                throw new InvalidOperationException($"{system.DataDirectory} holds another demo programme ({loaded?.Programme.ToString() ?? "of an older kind"}): " +
                    $"give a --data-dir of its own to seed {seed}, scale {options.Scale.ToString(CultureInfo.InvariantCulture)}.");
            }

            Console.WriteLine($"Reusing the demo programme loaded in {system.DataDirectory} ({loaded.Programme}); not loading it again. It was: {loaded.Summary}.");
            return await DemoRun.ReadLoadedAsync(options, loaded, CancellationToken.None);
        }

        var loadBefore = LoadAverage.Now();
        var run = await DemoRun.LoadAsync(options, Console.Out, Console.Error, CancellationToken.None);
        Console.WriteLine($"{run.Summary} (scale {scale.ToString(CultureInfo.InvariantCulture)}, {Environment.ProcessorCount} cores, " +
            $"load average {loadBefore} before, {LoadAverage.Now()} after).");
        return run;
    }

    public static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
