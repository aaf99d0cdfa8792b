using System.Globalization;
using Alliance.Demo;
using Alliance.Demo.Load;
using Alliance.Demo.Plan;

// Loads a demo programme into a running system through its public API:
//   dotnet run --project tools/Alliance.Demo -- --scale 1 --seed 108 [--gateway URL] [--data-dir DIR]
var options = DemoOptions.From(args);
if (DemoRecord.IsLoaded(options.DataDirectory))
{
    Console.WriteLine($"The demo programme is already loaded (see {Path.Combine(options.DataDirectory, DemoRecord.AccountsFile)}).");
    return 0;
}

var today = options.Today ?? DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime);
var programme = DemoPlanner.Plan(options.Seed, options.Scale, today);
Console.WriteLine($"Demo programme of year {programme.Current.Roc} (seed {options.Seed}, scale {options.Scale.ToString(CultureInfo.InvariantCulture)}): " +
    $"{programme.Alliances.Count} alliances, {programme.MemberCount:N0} members, {programme.IncomeCount:N0} income entries, into {options.Gateway}.");

using var gateway = new DemoGateway(options.Gateway);
var adminKey = options.AdminKey is { } key ? new Authenticator(key) : null;
var admin = await gateway.SignInAsync("admin", options.ResolveAdminPassword(), adminKey, CancellationToken.None);
var result = await new DemoLoader(gateway, Console.Error).LoadAsync(programme, admin, CancellationToken.None);
var summary = $"Demo programme loaded: {result.Alliances} alliances, {result.Members} members, {result.Incomes} income entries in {result.Elapsed.TotalSeconds:0} s";
DemoRecord.Save(options.DataDirectory, result, summary);
Console.WriteLine(summary);
Console.Write(DemoRecord.Accounts(result));
Console.WriteLine($"(kept in {Path.GetFullPath(Path.Combine(options.DataDirectory, DemoRecord.AccountsFile))})");
return 0;
