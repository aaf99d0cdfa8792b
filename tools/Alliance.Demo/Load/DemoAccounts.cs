using System.Collections.Concurrent;
using System.Text.Json;
using Alliance.Demo.Plan;

namespace Alliance.Demo.Load;

/// <summary>An account the demo made, as the run prints it and keeps it in the data folder.</summary>
public sealed record DemoAccount(string Role, string UserName, string Password, string? AuthenticatorKey);

/// <summary>
/// The demo's accounts. Those that exist are read first and only the missing ones are made, with
/// passwords the journal keeps before each is made; each account the load works as signs in once per
/// load (the centre and the PIs with a personal token that outlasts a long load).
/// </summary>
internal sealed class DemoAccounts(DemoGateway gateway, LoadJournal journal)
{
    public const string CentreUserName = "demo-centre";
    public const string OfficerUserName = "demo-officer";
    public const string AssistantUserName = "demo-assistant";
    public const string ReviewerUserName = "demo-reviewer";

    private readonly ConcurrentDictionary<string, Lazy<Task<SignedIn>>> _sessions = new();
    private Dictionary<string, JsonElement> _existing = [];

    /// <summary>Reads the accounts there are, makes the demo's centre account and officer (enrolling their authenticators) and its PIs, and signs the centre in.</summary>
    public async Task<SignedIn> PrepareAsync(SignedIn admin, DemoProgramme programme, CancellationToken cancellationToken)
    {
        _existing = (await admin.GetAsync("/api/auth/users", cancellationToken)).EnumerateArray()
            .ToDictionary(u => u.GetProperty("userName").GetString()!, StringComparer.Ordinal);
        await EnsureAsync(admin, CentreUserName, "示範管考人員", "centre-admin", cancellationToken);
        var centre = await gateway.SignInForTheLoadAsync(CentreUserName, PasswordOf(CentreUserName), journal.AuthenticatorOf(CentreUserName), cancellationToken);
        if (await EnsureAsync(centre, OfficerUserName, "示範科技部承辦人", "ministry-officer", cancellationToken)
            || !_existing[OfficerUserName].GetProperty("twoFactorEnabled").GetBoolean())
        {
            // Signed in once, so that its authenticator is enrolled and its key printed.
            (await gateway.SignInAsync(OfficerUserName, PasswordOf(OfficerUserName), journal.AuthenticatorOf(OfficerUserName), cancellationToken)).Client.Dispose();
        }

        await Parallel.ForEachAsync(programme.Alliances.Select(a => a.Pi).DistinctBy(p => p.UserName), DemoLoader.Degree(cancellationToken), async (pi, token) =>
            await EnsureAsync(centre, pi.UserName, pi.DisplayName, "pi", token));
        return centre;
    }

    /// <summary>An account without a second factor (a PI, a reviewer), signed in once per load.</summary>
    public Task<SignedIn> SignInOnceAsync(string userName, CancellationToken cancellationToken) =>
        _sessions.GetOrAdd(userName, name => new Lazy<Task<SignedIn>>(() =>
            gateway.SignInForTheLoadAsync(name, PasswordOf(name), null, cancellationToken))).Value;

    /// <summary>The demo's officer, with its authenticator, signed in once per load.</summary>
    public Task<SignedIn> SignInOfficerAsync(CancellationToken cancellationToken) =>
        _sessions.GetOrAdd(OfficerUserName, name => new Lazy<Task<SignedIn>>(() =>
            gateway.SignInForTheLoadAsync(name, PasswordOf(name), journal.AuthenticatorOf(name), cancellationToken))).Value;

    /// <summary>The assistant registers for one of the demo PI's alliances, and the PI approves; a registration left pending is approved.</summary>
    public async Task ApproveAssistantAsync(SignedIn centre, string allianceCode, CancellationToken cancellationToken)
    {
        Guid registration;
        if (!_existing.ContainsKey(AssistantUserName))
        {
            registration = (await gateway.PostAnonymousAsync("/api/auth/registrations",
                new { userName = AssistantUserName, displayName = "示範計畫助理", password = journal.PasswordFor(AssistantUserName), allianceCode }, cancellationToken))
                .GetProperty("id").GetGuid();
        }
        else if ((await centre.GetAsync("/api/auth/registrations", cancellationToken)).EnumerateArray().FirstOrDefault(r =>
                     r.GetProperty("userName").GetString() == AssistantUserName
                     && string.Equals(r.GetProperty("status").GetString(), "pending", StringComparison.OrdinalIgnoreCase)) is { ValueKind: JsonValueKind.Object } pending)
        {
            registration = pending.GetProperty("id").GetGuid();
        }
        else
        {
            return;
        }

        var pi = await SignInOnceAsync(DemoPlanner.DemoPiUserName, cancellationToken);
        await pi.PostAsync($"/api/auth/registrations/{registration}/approve", null, cancellationToken);
    }

    /// <summary>The reviewers' accounts; their alliances come from the site visits they are assigned to, not from the accounts.</summary>
    public async Task EnsureReviewersAsync(SignedIn centre, IEnumerable<DemoPerson> reviewers, CancellationToken cancellationToken)
    {
        foreach (var reviewer in reviewers)
        {
            await EnsureAsync(centre, reviewer.UserName, reviewer.DisplayName, "reviewer", cancellationToken);
        }
    }

    /// <summary>The accounts to print: the first administrator's when the demo enrolled (or was given) its authenticator, then one per role.</summary>
    public IReadOnlyList<DemoAccount> Listing(SignedIn admin)
    {
        var accounts = new List<DemoAccount>();
        if ((admin.Authenticator ?? journal.AuthenticatorOf(admin.UserName)) is { } enrolled)
        {
            accounts.Add(new("centre-admin", admin.UserName, "(as before)", enrolled.Key));
        }

        foreach (var (role, userName) in new[]
                 {
                     ("centre-admin", CentreUserName), ("ministry-officer", OfficerUserName), ("pi", DemoPlanner.DemoPiUserName),
                     ("assistant", AssistantUserName), ("reviewer", ReviewerUserName),
                 })
        {
            accounts.Add(new(role, userName, PasswordOf(userName), journal.AuthenticatorOf(userName)?.Key));
        }

        return accounts;
    }

    /// <summary>Makes the account unless it exists; true when it made it.</summary>
    private async Task<bool> EnsureAsync(SignedIn creator, string userName, string displayName, string role, CancellationToken cancellationToken)
    {
        if (_existing.ContainsKey(userName))
        {
            return false;
        }

        await creator.PostAsync("/api/auth/users", new
        {
            userName, displayName, password = journal.PasswordFor(userName), roles = new[] { role },
            email = $"{userName}@demo.alliance.example",
        }, cancellationToken);
        return true;
    }

    private string PasswordOf(string userName) =>
        journal.PasswordOf(userName) ?? throw new InvalidOperationException(
            $"The account {userName} exists, but this data folder's {LoadJournal.FileName} does not hold its password: load the demo into a fresh system, " +
            "or point --data-dir at the folder of the load that made it.");
}
