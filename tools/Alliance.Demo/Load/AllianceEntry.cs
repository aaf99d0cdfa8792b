using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Alliance.Demo.Plan;

namespace Alliance.Demo.Load;

/// <summary>
/// One planned alliance entered through the API as its people would: the centre registers it and sets
/// its subsidies; its PI (signed in once) defines the fee tiers, imports the members from a sheet,
/// records the income entries and the activities (meeting the service's refusal where the plan has a
/// mistake), and removes the member entered by mistake. An alliance registered before this load began
/// is read first, and only what it lacks is entered (<see cref="AllianceWork"/>).
/// </summary>
internal sealed class AllianceEntry(DemoAccounts accounts, SignedIn centre, LoadProgress progress)
{
    private static readonly string[] ActivityTypes = [DemoActivity.Events, DemoActivity.Consultations, DemoActivity.Guidance, DemoActivity.Outcomes];
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    /// <param name="known">its id, when it was registered before this load began</param>
    /// <param name="subsidised">the (alliance, year) pairs whose subsidy is set</param>
    public async Task<Guid> EnterAsync(DemoAlliance alliance, Guid? known, IReadOnlySet<(Guid, int)> subsidised, CancellationToken cancellationToken)
    {
        var id = known ?? (await centre.PostAsync("/api/membership/alliances", new
        {
            code = alliance.Code, name = alliance.Name, hostInstitution = alliance.HostInstitution, domainCode = alliance.DomainCode,
            phase = alliance.Phase, yearInPhase = alliance.YearInPhase, piUserName = alliance.Pi.UserName,
        }, cancellationToken)).GetProperty("id").GetGuid();
        var work = AllianceWork.Of(alliance, known is null ? ObservedAlliance.Nothing : await ObserveAsync(alliance, id, subsidised, cancellationToken));
        progress.MembersAdded(alliance.Members.Count - work.Members.Count);
        progress.IncomesAdded(alliance.Incomes.Count - work.Incomes.Count);
        progress.ActivitiesAdded(alliance.Activities.Count(a => a.RefusedWith is null) - work.Activities.Count(a => alliance.Activities[a].RefusedWith is null));
        if (!work.IsDone)
        {
            await EnterAsync(alliance, id, work, cancellationToken);
        }

        return id;
    }

    private async Task EnterAsync(DemoAlliance alliance, Guid id, AllianceWork work, CancellationToken cancellationToken)
    {
        var (membership, revenue, activity) = ($"/api/membership/alliances/{id}", $"/api/revenue/alliances/{id}", $"/api/activity/alliances/{id}");
        var pi = await accounts.SignInOnceAsync(alliance.Pi.UserName, cancellationToken);
        // The alliance reaches revenue, activity and the gateway's scope by events: the PI can read its records once all have it.
        var latest = alliance.Subsidies.Keys.Max();
        await UntilAsync(() => pi.GetAsync($"{revenue}/incomes?year={latest}", cancellationToken), cancellationToken);
        await UntilAsync(() => pi.GetAsync($"{activity}/events?year={latest}", cancellationToken), cancellationToken);
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
        Guid? MemberId(int? index) => index is { } i ? members[alliance.Members[i].Name] : null;
        foreach (var income in work.Incomes.Select(i => alliance.Incomes[i]))
        {
            await pi.PostAsync($"{revenue}/incomes", RequestBodies.Of(income, MemberId(income.MemberIndex)), cancellationToken);
            progress.IncomesAdded(1);
        }

        foreach (var next in work.Activities.Select(a => alliance.Activities[a]))
        {
            await RecordAsync(pi, $"{activity}/{next.Type}", next, MemberId(next.MemberIndex), cancellationToken);
        }

        foreach (var mistaken in work.Removals)
        {
            var memberId = members[alliance.Members[mistaken].Name];
            var member = await pi.GetAsync($"{membership}/members/{memberId}", cancellationToken);
            await pi.DeleteAsync($"{membership}/members/{memberId}?version={member.GetProperty("version").GetInt64()}", cancellationToken);
        }
    }

    /// <summary>Records an activity; one the plan has as a mistake must be refused with the rule it names, and leaves nothing.</summary>
    private async Task RecordAsync(SignedIn pi, string path, DemoActivity activity, Guid? memberId, CancellationToken cancellationToken)
    {
        if (activity.RefusedWith is not { } rule)
        {
            await pi.PostAsync(path, RequestBodies.Of(activity, memberId), cancellationToken);
            progress.ActivitiesAdded(1);
            return;
        }

        try
        {
            await pi.PostAsync(path, RequestBodies.Of(activity, memberId), cancellationToken);
        }
        catch (DemoRefusedException refused) when (refused.Status == HttpStatusCode.UnprocessableEntity && refused.Code == rule)
        {
            return;
        }

        throw new InvalidOperationException($"POST {path} kept a record the plan has as a mistake the service refuses ({rule}): {activity}");
    }

    /// <summary>What the system holds of an alliance registered before this load began, as the centre reads it.</summary>
    private async Task<ObservedAlliance> ObserveAsync(DemoAlliance alliance, Guid id, IReadOnlySet<(Guid, int)> subsidised, CancellationToken cancellationToken)
    {
        static HashSet<string> Names(JsonElement list) => list.EnumerateArray().Select(e => e.GetProperty("name").GetString()!).ToHashSet(StringComparer.Ordinal);
        var tiers = Names(await centre.GetAsync($"/api/membership/alliances/{id}/fee-tiers", cancellationToken));
        var members = Names(await centre.GetAsync($"/api/membership/alliances/{id}/members", cancellationToken));
        var incomes = new List<IncomeKey>();
        var activities = new List<ActivityKey>();
        foreach (var year in alliance.Subsidies.Keys)
        {
            incomes.AddRange((await ListAsync($"/api/revenue/alliances/{id}/incomes?year={year}", cancellationToken)).Select(IncomeKey.Of));
            foreach (var type in ActivityTypes)
            {
                activities.AddRange((await ListAsync($"/api/activity/alliances/{id}/{type}?year={year}", cancellationToken)).Select(record => ActivityKey.Of(type, record)));
            }
        }

        return new ObservedAlliance(alliance.Subsidies.Keys.Where(year => subsidised.Contains((id, year))).ToHashSet(), tiers, members, incomes, activities);
    }

    /// <summary>A list of records; empty while the service has not heard of the alliance (it holds none of its records then).</summary>
    private async Task<IEnumerable<JsonElement>> ListAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return (await centre.GetAsync(path, cancellationToken)).EnumerateArray().ToList();
        }
        catch (DemoRefusedException refused) when (refused.Status == HttpStatusCode.NotFound)
        {
            return [];
        }
    }

    /// <summary>Calls until the answer is a success (the system has caught up); a refusal other than 403/404 ends the load.</summary>
    private static async Task UntilAsync(Func<Task<JsonElement>> call, CancellationToken cancellationToken)
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
