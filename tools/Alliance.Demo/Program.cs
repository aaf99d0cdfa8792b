using Alliance.Demo;

// Loads a demo programme into a running system through its public API (an interrupted load is completed by running it again):
//   dotnet run --project tools/Alliance.Demo -- --scale 1 --seed 108 [--gateway URL] [--data-dir DIR]
var options = DemoOptions.From(args);
if (DemoRecord.IsLoaded(options.DataDirectory))
{
    Console.WriteLine($"The demo programme is already loaded (see {Path.Combine(options.DataDirectory, DemoRecord.AccountsFile)}).");
    return 0;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, pressed) =>
{
    // Ctrl+C stops the load where it is; what was entered stays, and the next run enters the rest.
    pressed.Cancel = true;
    stop.Cancel();
};
try
{
    var run = await DemoRun.LoadAsync(options, Console.Out, Console.Error, stop.Token);
    Console.WriteLine(run.Summary);
    Console.Write(DemoRecord.Accounts(run.Loaded));
    Console.WriteLine($"(kept in {Path.GetFullPath(Path.Combine(options.DataDirectory, DemoRecord.AccountsFile))})");
    return 0;
}
catch (OperationCanceledException) when (stop.IsCancellationRequested)
{
    Console.Error.WriteLine("The demo load was interrupted; running it again (or the next ./run.sh) completes it.");
    return 1;
}
catch (Exception stopped) when (stopped is HttpRequestException or Alliance.Demo.Load.DemoRefusedException or InvalidOperationException)
{
    // The system stopped (or refused a request): what was entered stays, and the journal lets the next run enter the rest.
    Console.Error.WriteLine($"The demo load stopped: {stopped.Message}");
    Console.Error.WriteLine("Running it again (or the next ./run.sh) completes it.");
    return 1;
}
