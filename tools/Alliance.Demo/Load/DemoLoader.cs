using System.Collections.Concurrent;
using System.Diagnostics;
using Alliance.Demo.Plan;

namespace Alliance.Demo.Load;

/// <param name="AllianceIds">each alliance's id by its code</param>
public sealed record DemoLoadResult(
    int Alliances, int Members, int Incomes, int Activities, TimeSpan Elapsed, IReadOnlyList<DemoAccount> Accounts, IReadOnlyDictionary<string, Guid> AllianceIds)
{
    /// <summary>The current year's site visits scheduled, each with its reviewers assigned.</summary>
    public int Visits { get; init; }
}

/// <summary>
/// Enters a <see cref="DemoProgramme"/> through the public API, as the people of a real programme
/// would: the centre registers the alliances and sets their subsidies, each PI (signed in once)
/// defines the fee tiers, imports the members from a sheet, records the income entries and the
/// activities, and removes a member entered by mistake (<see cref="AllianceEntry"/>); a PI approves
/// an assistant; the centre schedules last year's and this year's site visits and assigns their reviewers, who submit
/// their forms of the visits held; the centre selects last year's outstanding alliances, which the officer confirms,
/// and flags one alliance abnormal with its counselling. It first reads what the system already holds of the
/// programme (accounts, alliances by code, their members, tiers, subsidies, entries and activities)
/// and enters only what is missing, so a load that was interrupted is completed by running it again.
/// </summary>
public sealed class DemoLoader(DemoGateway gateway, TextWriter progressOutput, LoadJournal journal)
{
    public const string CentreUserName = DemoAccounts.CentreUserName;
    public const string OfficerUserName = DemoAccounts.OfficerUserName;
    public const string AssistantUserName = DemoAccounts.AssistantUserName;
    public const string ReviewerUserName = DemoAccounts.ReviewerUserName;

    /// <summary>Alliances entered at once; each is entered one request after another, as a PI at a desk would.</summary>
    private const int AlliancesAtOnce = 8;

    private readonly DemoAccounts _accounts = new(gateway, journal);

    public DemoLoader(DemoGateway gateway, TextWriter progressOutput)
        : this(gateway, progressOutput, LoadJournal.InMemory())
    {
    }

    /// <summary>Told the code of each alliance once it is wholly entered.</summary>
    public Action<string>? AllianceLoaded { get; init; }

    /// <param name="admin">a centre administrator, signed in: it creates the demo's own centre account, which does the rest</param>
    public async Task<DemoLoadResult> LoadAsync(DemoProgramme programme, SignedIn admin, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        var centre = await _accounts.PrepareAsync(admin, programme, cancellationToken);
        var registered = (await centre.GetAsync("/api/membership/alliances", cancellationToken)).EnumerateArray()
            .ToDictionary(a => a.GetProperty("code").GetString()!, a => a.GetProperty("id").GetGuid(), StringComparer.Ordinal);
        var subsidised = new HashSet<(Guid, int)>();
        foreach (var year in new[] { programme.Previous.Roc, programme.Current.Roc })
        {
            subsidised.UnionWith((await centre.GetAsync($"/api/revenue/subsidies?year={year}", cancellationToken)).EnumerateArray()
                .Select(s => (s.GetProperty("allianceId").GetGuid(), year)));
        }

        var ids = new ConcurrentDictionary<string, Guid>();
        await using (var progress = new LoadProgress(programme.Alliances.Count, progressOutput))
        {
            progress.Start();
            var entry = new AllianceEntry(_accounts, centre, progress);
            await Parallel.ForEachAsync(programme.Alliances, Degree(cancellationToken), async (alliance, token) =>
            {
                var known = registered.TryGetValue(alliance.Code, out var id) ? id : (Guid?)null;
                ids[alliance.Code] = await entry.EnterAsync(alliance, known, subsidised, token);
                progress.AllianceDone();
                AllianceLoaded?.Invoke(alliance.Code);
            });
        }

        var demoPiAlliance = programme.Alliances.First(a => a.Pi.UserName == DemoPlanner.DemoPiUserName);
        await _accounts.ApproveAssistantAsync(centre, demoPiAlliance.Code, cancellationToken);
        await _accounts.EnsureReviewersAsync(centre, SiteVisitDraw.Reviewers, cancellationToken);
        await new SiteVisitEntry(centre, _accounts).EnterAsync(programme, ids, cancellationToken);
        await new SiteVisitOutcomesEntry(centre, _accounts).EnterAsync(programme, ids, cancellationToken);
        return new DemoLoadResult(programme.Alliances.Count, programme.MemberCount, programme.IncomeCount, programme.ActivityCount, started.Elapsed, _accounts.Listing(admin), ids)
        {
            Visits = programme.Visits.Count,
        };
    }

    internal static ParallelOptions Degree(CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = AlliancesAtOnce, CancellationToken = cancellationToken };
}
