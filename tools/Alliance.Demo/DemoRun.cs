using System.Globalization;
using Alliance.Demo.Load;
using Alliance.Demo.Plan;

namespace Alliance.Demo;

/// <summary>A demo programme in a running system, and the line that says so.</summary>
public sealed record DemoRunResult(DemoProgramme Programme, DemoLoadResult Loaded, string Summary);

/// <summary>
/// One run of the demo loader against a running system, as ./run.sh and the bench start it: the
/// programme is planned from the options, or taken from the journal of a load this data folder saw
/// interrupted (so the run completes that same programme); the first administrator signs in; the
/// loader enters what is missing; the folder's record is written.
/// </summary>
public static class DemoRun
{
    public const string AdminUserName = "admin";

    public static async Task<DemoRunResult> LoadAsync(DemoOptions options, TextWriter output, TextWriter progress, CancellationToken cancellationToken)
    {
        var journal = LoadJournal.Open(options.DataDirectory);
        var resuming = journal.Programme is not null;
        var planned = Resume(journal, options);
        var programme = DemoPlanner.Plan(planned.Seed, planned.Scale, planned.Today);
        output.WriteLine($"{(resuming ? "Resuming the interrupted load of the demo" : "Demo")} programme of year {programme.Current.Roc} ({planned}): " +
            $"{programme.Alliances.Count} alliances, {programme.MemberCount:N0} members, {programme.IncomeCount:N0} income entries, {programme.ActivityCount:N0} activities, {programme.Visits.Count} site visits, into {options.Gateway}.");

        using var gateway = new DemoGateway(options.Gateway, journal);
        var admin = await SignInAdminAsync(gateway, journal, options, cancellationToken);
        var loaded = await new DemoLoader(gateway, progress, journal).LoadAsync(programme, admin, cancellationToken);
        admin.Client.Dispose();
        var summary = $"Demo programme loaded: {loaded.Alliances} alliances, {loaded.Members} members, {loaded.Incomes} income entries, {loaded.Activities} activities, {loaded.Visits} site visits in {loaded.Elapsed.TotalSeconds:0} s";
        DemoRecord.Save(options.DataDirectory, new LoadedDemo(planned, PlanDigest.Of(programme), summary), loaded);
        return new DemoRunResult(programme, loaded, summary);
    }

    /// <summary>The demo programme the data folder's marker names, read back (each alliance's id; the accounts from the journal) without loading anything.</summary>
    public static async Task<DemoRunResult> ReadLoadedAsync(DemoOptions options, LoadedDemo loaded, CancellationToken cancellationToken)
    {
        var journal = LoadJournal.Open(options.DataDirectory);
        var programme = DemoPlanner.Plan(loaded.Programme.Seed, loaded.Programme.Scale, loaded.Programme.Today);
        using var gateway = new DemoGateway(options.Gateway, journal);
        var admin = await SignInAdminAsync(gateway, journal, options, cancellationToken);
        var codes = programme.Alliances.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        var ids = (await admin.GetAsync("/api/membership/alliances", cancellationToken)).EnumerateArray()
            .Where(a => codes.Contains(a.GetProperty("code").GetString()!))
            .ToDictionary(a => a.GetProperty("code").GetString()!, a => a.GetProperty("id").GetGuid());
        var accounts = new DemoAccounts(gateway, journal).Listing(admin);
        admin.Client.Dispose();
        return new DemoRunResult(programme, new DemoLoadResult(programme.Alliances.Count, programme.MemberCount, programme.IncomeCount, programme.ActivityCount, TimeSpan.Zero, accounts, ids) { Visits = programme.Visits.Count }, loaded.Summary);
    }

    /// <summary>The programme of the load this folder saw interrupted, or (recorded as begun) the one the options ask for.</summary>
    internal static PlannedProgramme Resume(LoadJournal journal, DemoOptions options)
    {
        var asked = new PlannedProgramme(options.Seed, options.Scale, options.Today ?? DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime));
        if (journal.Programme is not { } begun)
        {
            journal.Begin(asked);
            return asked;
        }

        return begun.Seed == asked.Seed && begun.Scale.Equals(asked.Scale) && (options.Today is null || options.Today == begun.Today)
            ? begun
            : throw new InvalidOperationException(
                $"This data folder holds part of another demo programme ({begun}), whose load was interrupted: run with --seed {begun.Seed} " +
                $"--scale {begun.Scale.ToString(CultureInfo.InvariantCulture)} to complete it, or load into a fresh data folder.");
    }

    private static Task<SignedIn> SignInAdminAsync(DemoGateway gateway, LoadJournal journal, DemoOptions options, CancellationToken cancellationToken) =>
        gateway.SignInAsync(AdminUserName, options.ResolveAdminPassword(),
            options.AdminKey is { } key ? new Authenticator(key) : journal.AuthenticatorOf(AdminUserName), cancellationToken);
}
