using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Demo.Load;
using Alliance.Demo.Plan;
using Alliance.Integration.Tests.Infrastructure;

namespace Alliance.Integration.Tests.Demo;

/// <summary>
/// A small demo programme (scale 0.1) entered through the API into the test system: what the views
/// rely on holds once the events have settled (the alliances per domain, each alliance's effective firm
/// members as planned, the entries of the member removed by mistake flagged, none left pending).
/// </summary>
public sealed class DemoProgrammeTests(SystemFixture system)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SmallDemo_LoadedThroughTheApi_ShowsItsDomainsFirmMembersAndFlagsAsPlanned()
    {
        var today = DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime);
        var programme = DemoPlanner.Plan(seed: 108, scale: 0.1, today);
        using var gateway = new DemoGateway(system.Gateway.BaseAddress!);

        var result = await new DemoLoader(gateway, TextWriter.Null).LoadAsync(programme, new SignedIn(SystemFixture.AdminUserName, system.Admin, null), Cancel);

        Assert.Equal((9, programme.MemberCount, programme.IncomeCount), (result.Alliances, result.Members, result.Incomes));
        Assert.Equal(["assistant", "centre-admin", "ministry-officer", "pi", "reviewer"], result.Accounts.Select(a => a.Role).Order());
        Assert.All(result.Accounts.Where(a => a.Role is "centre-admin" or "ministry-officer"), a => Assert.NotNull(a.AuthenticatorKey));

        var codes = programme.Alliances.Select(a => a.Code).ToHashSet();
        var listed = (await system.Admin.GetFromJsonAsync<JsonElement[]>("/api/membership/alliances", Cancel))!
            .Where(a => codes.Contains(a.GetProperty("code").GetString()!))
            .ToDictionary(a => a.GetProperty("code").GetString()!);
        Assert.Equal(
            programme.Alliances.GroupBy(a => a.DomainCode).ToDictionary(g => g.Key, g => g.Count()),
            listed.Values.GroupBy(a => a.GetProperty("domainCode").GetString()!).ToDictionary(g => g.Key, g => g.Count()));

        var year = programme.Current;
        foreach (var alliance in programme.Alliances)
        {
            var id = listed[alliance.Code].GetProperty("id").GetGuid();
            await Eventually.Until(
                async () => (await system.Admin.GetFromJsonAsync<JsonElement>($"/api/membership/alliances/{id}/member-summary?year={year.Roc}", Cancel)).GetProperty("firmTotal").GetInt32(),
                firms => firms == alliance.ExpectedFirmMembers(year), Patience, $"{alliance.Code}'s {alliance.ExpectedFirmMembers(year)} firm members");
            await Eventually.Until(
                async () => await system.Admin.GetFromJsonAsync<JsonElement>($"/api/revenue/alliances/{id}/summary?year={year.Roc}", Cancel),
                summary => summary.GetProperty("pendingCount").GetInt32() == 0 && summary.GetProperty("flaggedCount").GetInt32() == alliance.RemovedByMistake.Count,
                Patience, $"{alliance.Code}'s entries decided, {alliance.RemovedByMistake.Count} flagged");
        }
    }
}
