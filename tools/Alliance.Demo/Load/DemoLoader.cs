using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Alliance.Demo.Plan;

namespace Alliance.Demo.Load;

/// <param name="AllianceIds">each alliance's id by its code</param>
public sealed record DemoLoadResult(int Alliances, int Members, int Incomes, TimeSpan Elapsed, IReadOnlyList<DemoAccount> Accounts, IReadOnlyDictionary<string, Guid> AllianceIds);

/// <summary>
/// Enters a <see cref="DemoProgramme"/> through the public API, as the people of a real programme
/// would: the centre registers the alliances and sets their subsidies, each PI (signed in once)
/// defines the fee tiers, imports the members from a sheet and records the income entries, and
/// removes a member entered by mistake; a PI approves an assistant; a reviewer is assigned.
/// It first reads what the system already holds of the programme (accounts, alliances by code, their
/// members, tiers, subsidies and entries) and enters only what is missing, so a load that was
/// interrupted is completed by running it again.
/// </summary>
public sealed class DemoLoader(DemoGateway gateway, TextWriter progressOutput, LoadJournal journal)
{
    public const string CentreUserName = DemoAccounts.CentreUserName;
    public const string OfficerUserName = DemoAccounts.OfficerUserName;
    public const string AssistantUserName = DemoAccounts.AssistantUserName;
    public const string ReviewerUserName = DemoAccounts.ReviewerUserName;

    /// <summary>Alliances entered at once; each is entered one request after another, as a PI at a desk would.</summary>
    private const int AlliancesAtOnce = 8;

    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
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
            await Parallel.ForEachAsync(programme.Alliances, Degree(cancellationToken), async (alliance, token) =>
            {
                var known = registered.TryGetValue(alliance.Code, out var id) ? id : (Guid?)null;
                ids[alliance.Code] = await LoadAllianceAsync(centre, alliance, known, subsidised, progress, token);
                progress.AllianceDone();
                AllianceLoaded?.Invoke(alliance.Code);
            });
        }

        var demoPiAlliance = programme.Alliances.First(a => a.Pi.UserName == DemoPlanner.DemoPiUserName);
        await _accounts.ApproveAssistantAsync(centre, demoPiAlliance.Code, cancellationToken);
        var assigned = programme.Alliances.GroupBy(a => a.DomainCode).Take(3).Select(g => ids[g.Last().Code]).ToArray();
        await _accounts.EnsureReviewerAsync(centre, assigned, cancellationToken);
        return new DemoLoadResult(programme.Alliances.Count, programme.MemberCount, programme.IncomeCount, started.Elapsed, _accounts.Listing(admin), ids);
    }

    private async Task<Guid> LoadAllianceAsync(
        SignedIn centre, DemoAlliance alliance, Guid? known, IReadOnlySet<(Guid, int)> subsidised, LoadProgress progress, CancellationToken cancellationToken)
    {
        var id = known ?? (await centre.PostAsync("/api/membership/alliances", new
        {
            code = alliance.Code, name = alliance.Name, hostInstitution = alliance.HostInstitution, domainCode = alliance.DomainCode,
            phase = alliance.Phase, yearInPhase = alliance.YearInPhase, piUserName = alliance.Pi.UserName,
        }, cancellationToken)).GetProperty("id").GetGuid();
        var membership = $"/api/membership/alliances/{id}";
        var revenue = $"/api/revenue/alliances/{id}";
        var work = AllianceWork.Of(alliance, known is null ? ObservedAlliance.Nothing : await ObserveAsync(centre, alliance, id, subsidised, cancellationToken));
        progress.MembersAdded(alliance.Members.Count - work.Members.Count);
        progress.IncomesAdded(alliance.Incomes.Count - work.Incomes.Count);
        if (work.IsDone)
        {
            return id;
        }

        var pi = await _accounts.SignInPiAsync(alliance.Pi.UserName, cancellationToken);
        // The alliance reaches revenue and the gateway's scope by events: the PI can read its entries once both have it.
        await UntilAsync(() => pi.GetAsync($"{revenue}/incomes?year={alliance.Subsidies.Keys.Max()}", cancellationToken), $"alliance {alliance.Code} in revenue", cancellationToken);
        foreach (var year in work.SubsidyYears)
        {
            await centre.PutAsync($"{revenue}/subsidies/{year}", new { amount = alliance.Subsidies[year], version = 0 }, cancellationToken);
        }

        foreach (var tier in work.FeeTiers.Select(t => alliance.FeeTiers[t]))
        {
            await pi.PostAsync($"{membership}/fee-tiers", new { name = tier.Name, yearlyFee = tier.YearlyFee, services = tier.Services }, cancellationToken);
        }

        if (work.Members.Count > 0)
        {
            await pi.UploadAsync($"{membership}/members/import", $"{alliance.Code}-members.xlsx", MemberSheet.Of(work.Members.Select(m => alliance.Members[m])), cancellationToken);
            progress.MembersAdded(work.Members.Count);
        }

        var planned = alliance.Members.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        var members = (await pi.GetAsync($"{membership}/members", cancellationToken)).EnumerateArray()
            .Where(m => planned.Contains(m.GetProperty("name").GetString()!))
            .ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("id").GetGuid());
        foreach (var income in work.Incomes.Select(i => alliance.Incomes[i]))
        {
            await pi.PostAsync($"{revenue}/incomes", Body(income, alliance, members), cancellationToken);
            progress.IncomesAdded(1);
        }

        foreach (var mistaken in work.Removals)
        {
            var memberId = members[alliance.Members[mistaken].Name];
            var member = await pi.GetAsync($"{membership}/members/{memberId}", cancellationToken);
            await pi.DeleteAsync($"{membership}/members/{memberId}?version={member.GetProperty("version").GetInt64()}", cancellationToken);
        }

        return id;
    }

    /// <summary>What the system holds of an alliance registered before this load began, as the centre reads it.</summary>
    private static async Task<ObservedAlliance> ObserveAsync(SignedIn centre, DemoAlliance alliance, Guid id, IReadOnlySet<(Guid, int)> subsidised, CancellationToken cancellationToken)
    {
        static HashSet<string> Names(JsonElement list) => list.EnumerateArray().Select(e => e.GetProperty("name").GetString()!).ToHashSet(StringComparer.Ordinal);
        var tiers = Names(await centre.GetAsync($"/api/membership/alliances/{id}/fee-tiers", cancellationToken));
        var members = Names(await centre.GetAsync($"/api/membership/alliances/{id}/members", cancellationToken));
        var incomes = new List<IncomeKey>();
        foreach (var year in alliance.Subsidies.Keys)
        {
            try
            {
                incomes.AddRange((await centre.GetAsync($"/api/revenue/alliances/{id}/incomes?year={year}", cancellationToken)).EnumerateArray().Select(IncomeKey.Of));
            }
            catch (DemoRefusedException refused) when (refused.Status == HttpStatusCode.NotFound)
            {
                // Revenue has not heard of the alliance yet, so it holds none of its entries.
            }
        }

        return new ObservedAlliance(alliance.Subsidies.Keys.Where(year => subsidised.Contains((id, year))).ToHashSet(), tiers, members, incomes);
    }

    private static object Body(DemoIncome income, DemoAlliance alliance, IReadOnlyDictionary<string, Guid> members) => new
    {
        year = income.Year, category = income.Category,
        counterpartyMemberId = income.MemberIndex is { } index ? members[alliance.Members[index].Name] : (Guid?)null,
        counterpartyName = income.CounterpartyName, counterpartyKind = income.CounterpartyKind,
        counterpartyRegistrationNumber = income.CounterpartyRegistrationNumber, counterpartyCounty = income.CounterpartyCounty,
        date = income.Date, amount = income.Amount, reference = income.Reference, nature = income.Nature,
        periodStart = income.PeriodStart, periodEnd = income.PeriodEnd,
        concernsCoreTechnology = income.ConcernsCoreTechnology, signedByPi = income.SignedByPi,
    };

    internal static ParallelOptions Degree(CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = AlliancesAtOnce, CancellationToken = cancellationToken };

    /// <summary>Calls until the answer is a success (the system has caught up); a refusal other than 403/404 ends the load.</summary>
    private static async Task UntilAsync(Func<Task<JsonElement>> call, string what, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await call();
                return;
            }
            catch (DemoRefusedException refused) when (refused.Status is HttpStatusCode.NotFound or HttpStatusCode.Forbidden && deadline.Elapsed < Patience)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
            }
        }
    }
}
