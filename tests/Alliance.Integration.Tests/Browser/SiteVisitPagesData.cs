using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.Infrastructure;
using Alliance.ServiceDefaults;
using Npgsql;

namespace Alliance.Integration.Tests.Browser;

/// <summary>
/// Alliances, reviewers and visits for the site-visit pages' journeys, made through the API as the centre
/// would; each waits until site-visit's copies (fed by membership's and the gateway's events) know what it made.
/// </summary>
public sealed class SiteVisitPagesData(SystemFixture system)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static readonly string[] Points = ["time-split", "core-technology-application", "promotion-highlights", "public-showing", "sustainability"];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A domain of the test's own, so that its ranking and outstanding selection are the test's alone.</summary>
    public async Task<string> DomainAsync()
    {
        var code = TestDomains.NewCode();
        using var added = await system.Admin.PostAsJsonAsync("/api/membership/domains", new { code, nameZh = "查訪測試領域", nameEn = "Site-visit test domain", sortOrder = 90 }, Cancel);
        Assert.True(added.StatusCode == HttpStatusCode.Created, await added.Content.ReadAsStringAsync(Cancel));
        return code;
    }

    /// <summary>A new alliance led by <paramref name="piUserName"/> or a new PI (display name 測試 pi), once site-visit's roster knows it.</summary>
    public async Task<TestAlliance> AllianceAsync(string domainCode = "ict", string name = "智慧製造技術聯盟", string? piUserName = null)
    {
        var pi = piUserName ?? await new TestAccounts(system).NewPiAccountAsync();
        var alliance = await TestAlliances.RegisterAsync(system, pi, name, domainCode);
        await UntilAsync("SELECT count(*) FROM roster_alliances WHERE alliance_id = @key AND details_version IS NOT NULL", alliance.Id, $"site-visit to know alliance {alliance.Code}");
        return alliance;
    }

    /// <summary>A new reviewer account, once site-visit's copy of the people knows it as a reviewer.</summary>
    public async Task<TestUser> ReviewerAsync(string prefix = "rev")
    {
        var reviewer = await new TestAccounts(system).CreateAsync(["reviewer"], userName: TestAccounts.UniqueName(prefix));
        await UntilAsync("SELECT count(*) FROM roster_people WHERE user_name = @key AND 'reviewer' = ANY(roles) AND NOT disabled", reviewer.UserName, $"site-visit to know reviewer {reviewer.UserName}");
        return reviewer;
    }

    /// <summary>A visit scheduled by the centre at <paramref name="startsAt"/> (with its offset), its reviewers assigned.</summary>
    public async Task<Guid> VisitAsync(TestAlliance alliance, string startsAt, params TestUser[] reviewers)
    {
        using var scheduled = await system.Admin.PostAsJsonAsync("/api/site-visits/visits", new { allianceId = alliance.Id, year = 108, startsAt, place = "國立臺灣大學" }, Cancel);
        Assert.True(scheduled.StatusCode == HttpStatusCode.Created, await scheduled.Content.ReadAsStringAsync(Cancel));
        var visitId = (await scheduled.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetGuid();
        foreach (var reviewer in reviewers)
        {
            using var assigned = await system.Admin.PostAsJsonAsync($"/api/site-visits/visits/{visitId}/reviewers", new { reviewerUserName = reviewer.UserName }, Cancel);
            Assert.True(assigned.StatusCode == HttpStatusCode.Created, await assigned.Content.ReadAsStringAsync(Cancel));
        }

        return visitId;
    }

    /// <summary>The reviewer's whole form, saved and submitted: <paramref name="scores"/> in the review points' order.</summary>
    public static async Task SubmitFormAsync(TestUser reviewer, Guid visitId, int[] scores, string recommendation, string overallComment)
    {
        var form = $"/api/site-visits/visits/{visitId}/forms/mine";
        using var saved = await reviewer.Client.PutAsJsonAsync(form, new
        {
            scores = Points.Zip(scores, (point, score) => new { point, score, comment = $"{point} 評語" }),
            overallComment,
            recommendation,
            version = 0,
        }, Cancel);
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync(Cancel));
        var version = (await saved.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("version").GetInt64();
        using var submitted = await reviewer.Client.PostAsJsonAsync($"{form}/submit", new { version }, Cancel);
        Assert.True(submitted.IsSuccessStatusCode, await submitted.Content.ReadAsStringAsync(Cancel));
    }

    private Task UntilAsync<T>(string countSql, T key, string what)
        where T : notnull =>
        Eventually.Until(async () =>
        {
            await using var connection = new NpgsqlConnection(await system.ConnectionStringAsync(ResourceNames.SiteVisitDb));
            await connection.OpenAsync(Cancel);
            await using var command = new NpgsqlCommand(countSql, connection);
            command.Parameters.AddWithValue("key", key);
            return await command.ExecuteScalarAsync(Cancel) is long count && count > 0;
        }, Patience, what);
}
