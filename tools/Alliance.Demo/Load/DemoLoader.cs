using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using Alliance.Demo.Plan;

namespace Alliance.Demo.Load;

/// <summary>An account the demo made, as the run prints it and keeps it in the data folder.</summary>
public sealed record DemoAccount(string Role, string UserName, string Password, string? AuthenticatorKey);

/// <param name="AllianceIds">each alliance's id by its code</param>
public sealed record DemoLoadResult(int Alliances, int Members, int Incomes, TimeSpan Elapsed, IReadOnlyList<DemoAccount> Accounts, IReadOnlyDictionary<string, Guid> AllianceIds);

/// <summary>
/// Enters a <see cref="DemoProgramme"/> through the public API, as the people of a real programme
/// would: the centre registers the alliances and sets their subsidies, each PI (signed in once)
/// defines the fee tiers, imports the members from a sheet and records the income entries, and
/// removes a member entered by mistake; a PI approves an assistant; a reviewer is assigned.
/// </summary>
public sealed class DemoLoader(DemoGateway gateway, TextWriter progressOutput)
{
    public const string CentreUserName = "demo-centre";
    public const string OfficerUserName = "demo-officer";
    public const string AssistantUserName = "demo-assistant";
    public const string ReviewerUserName = "demo-reviewer";

    /// <summary>Alliances entered at once; each is entered one request after another, as a PI at a desk would.</summary>
    private const int AlliancesAtOnce = 8;

    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
    private readonly ConcurrentDictionary<string, Lazy<Task<SignedIn>>> _pis = new();
    private readonly ConcurrentDictionary<string, string> _passwords = new();

    /// <param name="admin">a centre administrator, signed in: it creates the demo's own centre account, which does the rest</param>
    public async Task<DemoLoadResult> LoadAsync(DemoProgramme programme, SignedIn admin, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        var accounts = new List<DemoAccount>();
        if (admin.Authenticator is { } enrolled)
        {
            // The first administrator had no authenticator yet: its new key is the user's to keep.
            accounts.Add(new("centre-admin", admin.UserName, "(as before)", enrolled.Key));
        }

        var centre = await CreateAndSignInAsync(admin, CentreUserName, "示範管考人員", "centre-admin", cancellationToken);
        var officer = await CreateAndSignInAsync(centre, OfficerUserName, "示範科技部承辦人", "ministry-officer", cancellationToken);
        accounts.Add(new("centre-admin", CentreUserName, _passwords[CentreUserName], centre.Authenticator?.Key));
        accounts.Add(new("ministry-officer", OfficerUserName, _passwords[OfficerUserName], officer.Authenticator?.Key));
        officer.Client.Dispose();

        await Parallel.ForEachAsync(programme.Alliances.Select(a => a.Pi).DistinctBy(p => p.UserName), Degree(cancellationToken), async (pi, token) =>
            await CreateAccountAsync(centre, pi.UserName, pi.DisplayName, "pi", reviewerAlliances: null, token));

        var ids = new ConcurrentDictionary<string, Guid>();
        await using (var progress = new LoadProgress(programme.Alliances.Count, progressOutput))
        {
            progress.Start();
            await Parallel.ForEachAsync(programme.Alliances, Degree(cancellationToken), async (alliance, token) =>
            {
                ids[alliance.Code] = await LoadAllianceAsync(centre, alliance, progress, token);
                progress.AllianceDone();
            });
        }

        var demoPiAlliance = programme.Alliances.First(a => a.Pi.UserName == DemoPlanner.DemoPiUserName);
        await ApproveAssistantAsync(demoPiAlliance.Code, cancellationToken);
        var assigned = programme.Alliances.GroupBy(a => a.DomainCode).Take(3).Select(g => ids[g.Last().Code]).ToArray();
        await CreateAccountAsync(centre, ReviewerUserName, "示範審查委員", "reviewer", assigned, cancellationToken);
        accounts.Add(new("pi", DemoPlanner.DemoPiUserName, _passwords[DemoPlanner.DemoPiUserName], null));
        accounts.Add(new("assistant", AssistantUserName, _passwords[AssistantUserName], null));
        accounts.Add(new("reviewer", ReviewerUserName, _passwords[ReviewerUserName], null));
        return new DemoLoadResult(programme.Alliances.Count, programme.MemberCount, programme.IncomeCount, started.Elapsed, accounts, ids);
    }

    private async Task<Guid> LoadAllianceAsync(SignedIn centre, DemoAlliance alliance, LoadProgress progress, CancellationToken cancellationToken)
    {
        var created = await centre.PostAsync("/api/membership/alliances", new
        {
            code = alliance.Code, name = alliance.Name, hostInstitution = alliance.HostInstitution, domainCode = alliance.DomainCode,
            phase = alliance.Phase, yearInPhase = alliance.YearInPhase, piUserName = alliance.Pi.UserName,
        }, cancellationToken);
        var id = created.GetProperty("id").GetGuid();
        var membership = $"/api/membership/alliances/{id}";
        var revenue = $"/api/revenue/alliances/{id}";
        var pi = await SignInPiAsync(alliance.Pi, cancellationToken);

        // The alliance reaches revenue and the gateway's scope by events: the PI can read its entries once both have it.
        await UntilAsync(() => pi.GetAsync($"{revenue}/incomes?year={alliance.Subsidies.Keys.Max()}", cancellationToken), $"alliance {alliance.Code} in revenue", cancellationToken);
        foreach (var (year, amount) in alliance.Subsidies)
        {
            await centre.PutAsync($"{revenue}/subsidies/{year}", new { amount, version = 0 }, cancellationToken);
        }

        foreach (var tier in alliance.FeeTiers)
        {
            await pi.PostAsync($"{membership}/fee-tiers", new { name = tier.Name, yearlyFee = tier.YearlyFee, services = tier.Services }, cancellationToken);
        }

        await pi.UploadAsync($"{membership}/members/import", $"{alliance.Code}-members.xlsx", MemberSheet.Of(alliance.Members), cancellationToken);
        progress.MembersAdded(alliance.Members.Count);
        var planned = alliance.Members.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        var members = (await pi.GetAsync($"{membership}/members", cancellationToken)).EnumerateArray()
            .Where(m => planned.Contains(m.GetProperty("name").GetString()!))
            .ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("id").GetGuid());

        foreach (var income in alliance.Incomes)
        {
            await pi.PostAsync($"{revenue}/incomes", Body(income, alliance, members), cancellationToken);
            progress.IncomeAdded();
        }

        foreach (var mistaken in alliance.RemovedByMistake)
        {
            var memberId = members[alliance.Members[mistaken].Name];
            var member = await pi.GetAsync($"{membership}/members/{memberId}", cancellationToken);
            await pi.DeleteAsync($"{membership}/members/{memberId}?version={member.GetProperty("version").GetInt64()}", cancellationToken);
        }

        return id;
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

    /// <summary>The assistant registers for one of the demo PI's alliances, and the PI approves.</summary>
    private async Task ApproveAssistantAsync(string allianceCode, CancellationToken cancellationToken)
    {
        var password = NewPassword(AssistantUserName);
        var registration = await gateway.PostAnonymousAsync("/api/auth/registrations",
            new { userName = AssistantUserName, displayName = "示範計畫助理", password, allianceCode }, cancellationToken);
        var pi = await SignInPiAsync(new DemoPerson(DemoPlanner.DemoPiUserName, ""), cancellationToken);
        await pi.PostAsync($"/api/auth/registrations/{registration.GetProperty("id").GetGuid()}/approve", null, cancellationToken);
    }

    private Task<SignedIn> SignInPiAsync(DemoPerson pi, CancellationToken cancellationToken) =>
        _pis.GetOrAdd(pi.UserName, userName => new Lazy<Task<SignedIn>>(() =>
            gateway.SignInAsync(userName, _passwords[userName], null, cancellationToken))).Value;

    private async Task<SignedIn> CreateAndSignInAsync(SignedIn creator, string userName, string displayName, string role, CancellationToken cancellationToken)
    {
        await CreateAccountAsync(creator, userName, displayName, role, reviewerAlliances: null, cancellationToken);
        return await gateway.SignInAsync(userName, _passwords[userName], null, cancellationToken);
    }

    private async Task CreateAccountAsync(SignedIn creator, string userName, string displayName, string role, Guid[]? reviewerAlliances, CancellationToken cancellationToken) =>
        await creator.PostAsync("/api/auth/users", new
        {
            userName, displayName, password = NewPassword(userName), roles = new[] { role }, reviewerAlliances,
            email = $"{userName}@demo.alliance.example",
        }, cancellationToken);

    private string NewPassword(string userName) =>
        _passwords[userName] = $"Demo-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}-{RandomNumberGenerator.GetInt32(10, 100)}";

    private static ParallelOptions Degree(CancellationToken cancellationToken) =>
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
            catch (DemoRefusedException refused) when (refused.Status is System.Net.HttpStatusCode.NotFound or System.Net.HttpStatusCode.Forbidden && deadline.Elapsed < Patience)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
            }
        }
    }
}
