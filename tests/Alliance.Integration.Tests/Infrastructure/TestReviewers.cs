using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.ServiceDefaults;
using Npgsql;

namespace Alliance.Integration.Tests.Infrastructure;

/// <summary>
/// Reviewers' alliances for tests. A reviewer's scope follows from site-visit's assignments alone, so the centre
/// schedules a visit to each alliance and assigns the reviewer through site-visit's API, and the test waits until the
/// gateway has taken the assignments in (the accounts API lists them), from which request on the reviewer reads them.
/// </summary>
public static class TestReviewers
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <returns>the visit scheduled to each alliance, in order</returns>
    public static async Task<Guid[]> AssignAsync(SystemFixture system, string userName, IReadOnlyCollection<Guid> alliances)
    {
        var visits = new List<Guid>();
        var cancel = TestContext.Current.CancellationToken;
        await Eventually.Until(() => SiteVisitKnowsAsync(system, userName, alliances), Patience,
            $"site-visit's copies to know reviewer {userName} and the alliances to visit");
        foreach (var allianceId in alliances)
        {
            using var scheduled = await system.Admin.PostAsJsonAsync("/api/site-visits/visits",
                new { allianceId, year = 108, startsAt = "2019-05-15T10:00:00+08:00", place = "聯盟主持人實驗室" }, cancel);
            Assert.True(scheduled.StatusCode == HttpStatusCode.Created, await scheduled.Content.ReadAsStringAsync(cancel));
            var visitId = (await scheduled.Content.ReadFromJsonAsync<JsonElement>(cancel)).GetProperty("id").GetGuid();
            using var assigned = await system.Admin.PostAsJsonAsync($"/api/site-visits/visits/{visitId}/reviewers", new { reviewerUserName = userName }, cancel);
            Assert.True(assigned.StatusCode == HttpStatusCode.Created, await assigned.Content.ReadAsStringAsync(cancel));
            visits.Add(visitId);
        }

        await Eventually.Until(() => ReviewerAlliancesAsync(system, userName), listed => alliances.All(listed.Contains), Patience,
            $"the gateway to list {userName}'s assigned alliances");
        return [.. visits];
    }

    /// <summary>The alliances the accounts API lists for the reviewer: what the gateway's assignments give.</summary>
    public static async Task<Guid[]> ReviewerAlliancesAsync(SystemFixture system, string userName)
    {
        var account = await system.Admin.GetFromJsonAsync<JsonElement>($"/api/auth/users/{userName}", TestContext.Current.CancellationToken);
        return account.GetProperty("reviewerAlliances").EnumerateArray().Select(a => a.GetGuid()).ToArray();
    }

    /// <summary>Site-visit assigns only a reviewer its copy of the people knows, to a visit of an alliance its roster knows.</summary>
    private static async Task<bool> SiteVisitKnowsAsync(SystemFixture system, string userName, IReadOnlyCollection<Guid> alliances)
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var connection = new NpgsqlConnection(await system.ConnectionStringAsync(ResourceNames.SiteVisitDb));
        await connection.OpenAsync(cancel);
        await using var command = new NpgsqlCommand("""
            SELECT EXISTS (SELECT 1 FROM roster_people WHERE user_name = @user AND 'reviewer' = ANY(roles))
               AND (SELECT count(*) FROM roster_alliances WHERE alliance_id = ANY(@alliances) AND details_version IS NOT NULL) = @count
            """, connection);
        command.Parameters.AddWithValue("user", userName);
        command.Parameters.AddWithValue("alliances", alliances.Distinct().ToArray());
        command.Parameters.AddWithValue("count", (long)alliances.Distinct().Count());
        return (bool)(await command.ExecuteScalarAsync(cancel))!;
    }
}
