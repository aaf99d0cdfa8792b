using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Demo.Load;
using Alliance.Demo.Plan;
using Alliance.Integration.Tests.Infrastructure;

namespace Alliance.Integration.Tests.Demo;

/// <summary>
/// A small demo programme (scale 0.1) entered through the API into the test system, interrupted part
/// way and then loaded again: the second load completes it, and what the views rely on holds once the
/// events have settled (the alliances per domain, each alliance's members, entries and activities once
/// each, its effective firm members as planned, the entries and activities of the member removed by
/// mistake flagged, none left pending, the activity summary's figures as planned), with each PI signed
/// in at most once per load.
/// </summary>
public sealed class DemoProgrammeTests(SystemFixture system)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SmallDemo_InterruptedThenLoadedAgain_IsCompletedOnce_WithItsDomainsFirmMembersAndFlagsAsPlanned()
    {
        var today = DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime);
        var programme = DemoPlanner.Plan(seed: 108, scale: 0.1, today);
        var journal = LoadJournal.InMemory();
        using var gateway = new DemoGateway(system.Gateway.BaseAddress!, journal);
        var admin = new SignedIn(SystemFixture.AdminUserName, system.Admin, null);

        // Stopped once three alliances are whole: the others are left part-entered, each at whatever request it had reached.
        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        var whole = 0;
        var interrupted = new DemoLoader(gateway, TextWriter.Null, journal) { AllianceLoaded = _ => Stop(ref whole, interrupt) };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => interrupted.LoadAsync(programme, admin, interrupt.Token));
        var result = await new DemoLoader(gateway, TextWriter.Null, journal).LoadAsync(programme, admin, Cancel);

        Assert.Equal((9, programme.MemberCount, programme.IncomeCount, programme.ActivityCount), (result.Alliances, result.Members, result.Incomes, result.Activities));
        Assert.True(programme.ActivityCount > 100, $"{programme.ActivityCount} activities planned");
        Assert.Equal(["assistant", "centre-admin", "ministry-officer", "pi", "reviewer"], result.Accounts.Select(a => a.Role).Order());
        Assert.All(result.Accounts.Where(a => a.Role is "centre-admin" or "ministry-officer"), a => Assert.NotNull(a.AuthenticatorKey));
        foreach (var account in programme.Alliances.Select(a => a.Pi.UserName).Distinct())
        {
            Assert.InRange(await SignInsAsync(account), 0, 2);
        }

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
            await AssertEnteredOnceAsync(alliance, id, programme);
            await Eventually.Until(
                async () => (await system.Admin.GetFromJsonAsync<JsonElement>($"/api/membership/alliances/{id}/member-summary?year={year.Roc}", Cancel)).GetProperty("firmTotal").GetInt32(),
                firms => firms == alliance.ExpectedFirmMembers(year), Patience, $"{alliance.Code}'s {alliance.ExpectedFirmMembers(year)} firm members");
            await Eventually.Until(
                async () => await system.Admin.GetFromJsonAsync<JsonElement>($"/api/revenue/alliances/{id}/summary?year={year.Roc}", Cancel),
                summary => summary.GetProperty("pendingCount").GetInt32() == 0 && summary.GetProperty("flaggedCount").GetInt32() == alliance.RemovedByMistake.Count,
                Patience, $"{alliance.Code}'s entries decided, {alliance.RemovedByMistake.Count} flagged");
            await Eventually.Until(
                async () => await system.Admin.GetFromJsonAsync<JsonElement>($"/api/activity/alliances/{id}/summary?year={year.Roc}", Cancel),
                summary => summary.GetProperty("pendingCount").GetInt32() == 0 && summary.GetProperty("flaggedCount").GetInt32() == alliance.ExpectedFlaggedActivities(year.Roc)
                    && summary.GetProperty("kpis").EnumerateArray().All(k => k.GetProperty("figure").GetDecimal() == alliance.ExpectedActivityKpis(year.Roc)[k.GetProperty("kpi").GetString()!]),
                Patience, $"{alliance.Code}'s activities decided, {alliance.ExpectedFlaggedActivities(year.Roc)} flagged, the summary's figures as planned");
        }

        await AssertVisitsAsync(programme, result);
    }

    /// <summary>
    /// Last year's and this year's visits scheduled once each with their reviewers, the forms of those held submitted once
    /// and the visits completed; last year's outstanding alliances confirmed and published; the abnormal alliance flagged
    /// and counselled once; and the demo reviewer's alliances those of its visits.
    /// </summary>
    private async Task AssertVisitsAsync(DemoProgramme programme, DemoLoadResult result)
    {
        Assert.Equal(programme.Visits.Count, result.Visits);
        Assert.Contains(programme.Visits, v => v.Forms.Count > 0);
        foreach (var (year, planned) in new[] { (programme.Previous.Roc, programme.LastYearsVisits), (programme.Current.Roc, programme.Visits) })
        {
            await AssertVisitsOfYearAsync(year, planned, result);
        }

        var published = (await system.Admin.GetFromJsonAsync<JsonElement[]>($"/api/site-visits/outstanding?year={programme.Previous.Roc}&published=true", Cancel))!;
        foreach (var domain in programme.Alliances.GroupBy(a => a.DomainCode))
        {
            var row = Assert.Single(published, r => r.GetProperty("domainCode").GetString() == domain.Key);
            Assert.Contains(row.GetProperty("allianceCode").GetString(), domain.Select(a => a.Code));
            Assert.True(row.GetProperty("confirmed").GetBoolean());
        }

        var abnormal = programme.Abnormal!;
        var abnormalId = result.AllianceIds[abnormal.AllianceCode];
        var flags = (await system.Admin.GetFromJsonAsync<JsonElement[]>($"/api/site-visits/abnormal?allianceId={abnormalId}", Cancel))!;
        Assert.Equal(abnormal.Reason, Assert.Single(flags).GetProperty("reason").GetString());
        var sessions = (await system.Admin.GetFromJsonAsync<JsonElement[]>($"/api/site-visits/counselling?year={programme.Current.Roc}&allianceId={abnormalId}", Cancel))!;
        Assert.Equal(("case", abnormal.CounsellingDate), (Assert.Single(sessions).GetProperty("kind").GetString(), DateOnly.Parse(sessions[0].GetProperty("date").GetString()!, CultureInfo.InvariantCulture)));

        var expected = programme.LastYearsVisits.Concat(programme.Visits).Where(v => v.Reviewers.Contains(DemoLoader.ReviewerUserName))
            .Select(v => result.AllianceIds[v.AllianceCode]).ToHashSet();
        Assert.NotEmpty(expected);
        await Eventually.Until(() => TestReviewers.ReviewerAlliancesAsync(system, DemoLoader.ReviewerUserName), listed => expected.SetEquals(listed), Patience,
            "the gateway to give the demo reviewer the alliances of its visits");
    }

    private async Task AssertVisitsOfYearAsync(int year, IReadOnlyList<DemoVisit> planned, DemoLoadResult result)
    {
        var visits = (await system.Admin.GetFromJsonAsync<JsonElement[]>($"/api/site-visits/visits?year={year}", Cancel))!
            .Where(v => result.AllianceIds.Values.Contains(v.GetProperty("allianceId").GetGuid()))
            .ToList();
        Assert.Equal(planned.Count, visits.Count);
        foreach (var visit in planned)
        {
            var stored = Assert.Single(visits, v => v.GetProperty("allianceId").GetGuid() == result.AllianceIds[visit.AllianceCode]
                && v.GetProperty("startsAt").GetDateTimeOffset() == visit.StartsAt);
            var visitId = stored.GetProperty("id").GetGuid();
            var reviewers = await system.Admin.GetFromJsonAsync<JsonElement[]>($"/api/site-visits/visits/{visitId}/reviewers", Cancel);
            Assert.Equal(visit.Reviewers.Order(), reviewers!.Select(r => r.GetProperty("reviewerUserName").GetString()!).Order());
            var forms = await system.Admin.GetFromJsonAsync<JsonElement>($"/api/site-visits/visits/{visitId}/forms", Cancel);
            Assert.Equal(visit.Completed, stored.GetProperty("completed").GetBoolean());
            Assert.Equal(
                visit.Forms.Select(f => (f.Reviewer, f.Scores.Sum())).Order(),
                forms.GetProperty("forms").EnumerateArray().Select(f => (f.GetProperty("reviewerUserName").GetString()!, f.GetProperty("total").GetInt32())).Order());
        }
    }

    private static void Stop(ref int whole, CancellationTokenSource interrupt)
    {
        if (Interlocked.Increment(ref whole) == 3)
        {
            interrupt.Cancel();
        }
    }

    /// <summary>Each planned member there once (less those removed by mistake), and as many entries and activities of each year as planned: nothing entered twice.</summary>
    private async Task AssertEnteredOnceAsync(DemoAlliance alliance, Guid id, DemoProgramme programme)
    {
        var names = (await system.Admin.GetFromJsonAsync<JsonElement[]>($"/api/membership/alliances/{id}/members", Cancel))!
            .Select(m => m.GetProperty("name").GetString()!).ToList();
        var kept = alliance.Members.Where((_, index) => !alliance.RemovedByMistake.Contains(index)).Select(m => m.Name).ToList();
        Assert.Equal(kept.Order(), names.Where(kept.Contains).Order());
        Assert.DoesNotContain(names, name => alliance.RemovedByMistake.Any(m => alliance.Members[m].Name == name));
        foreach (var year in new[] { programme.Previous.Roc, programme.Current.Roc })
        {
            var entries = await system.Admin.GetFromJsonAsync<JsonElement[]>($"/api/revenue/alliances/{id}/incomes?year={year}", Cancel);
            Assert.Equal(alliance.Incomes.Count(i => i.Year == year), entries!.Length);
            foreach (var type in new[] { DemoActivity.Events, DemoActivity.Consultations, DemoActivity.Guidance, DemoActivity.Outcomes })
            {
                var records = await system.Admin.GetFromJsonAsync<JsonElement[]>($"/api/activity/alliances/{id}/{type}?year={year}", Cancel);
                Assert.Equal(alliance.Activities.Count(a => a.Year == year && a.Type == type && a.RefusedWith is null), records!.Length);
            }
        }
    }

    private async Task<int> SignInsAsync(string userName) =>
        (await system.Admin.GetFromJsonAsync<JsonElement[]>($"/api/auth/audit?actor={userName}&take=100", Cancel))!
        .Count(e => e.GetProperty("action").GetString() == "token-issued");
}
