using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Alliance.Integration.Tests.Infrastructure;
using Alliance.ServiceDefaults;
using Npgsql;

namespace Alliance.Integration.Tests.Authorization;

/// <summary>
/// The matrix's site visits of alliance A. Once: site-visit knows alliance A and the matrix reviewer, and a visit in
/// 108 has that reviewer assigned (through site-visit's API) with their form submitted, so A is visited with a
/// submitted form (an outstanding selection of it passes the rules). Calls that change a visit get a fresh one.
/// </summary>
internal static class MatrixSiteVisit
{
    public const string Visits = "/api/site-visits/visits";

    private static readonly ConditionalWeakTable<MatrixActors, Task<Shared>> Ready = new();

    /// <summary>The visit every read row uses, and the matrix reviewer's user name.</summary>
    public sealed record Shared(Guid VisitId, string ReviewerUserName);

    public static Task<Shared> ReadyAsync(MatrixActors actors) => Ready.GetValue(actors, CreateAsync);

    /// <summary>A fresh visit of alliance A in 108, scheduled by the centre.</summary>
    public static async Task<Guid> NewVisitAsync(MatrixActors actors)
    {
        await ReadyAsync(actors);
        return await ScheduleAsync(actors);
    }

    /// <summary>A fresh visit of alliance A with the matrix reviewer assigned.</summary>
    public static async Task<Guid> NewAssignedVisitAsync(MatrixActors actors)
    {
        var shared = await ReadyAsync(actors);
        var visitId = await ScheduleAsync(actors);
        using var assigned = await actors.System.Admin.PostAsJsonAsync($"{Visits}/{visitId}/reviewers", new { reviewerUserName = shared.ReviewerUserName });
        assigned.EnsureSuccessStatusCode();
        return visitId;
    }

    /// <summary>A whole form body at <paramref name="version"/>.</summary>
    public static object Form(long version) => new
    {
        scores = new[] { "time-split", "core-technology-application", "promotion-highlights", "public-showing", "sustainability" }
            .Select(point => new { point, score = 4, comment = "矩陣" }).ToArray(),
        overallComment = "矩陣審查", recommendation = "satisfactory", version,
    };

    /// <summary>The current version of alliance A's abnormal flag, after making it <paramref name="flagged"/> (as the centre) when it is not.</summary>
    public static async Task<long> FlagOfAAsync(MatrixActors actors, bool flagged)
    {
        await ReadyAsync(actors);
        var admin = actors.System.Admin;
        var current = (await admin.GetFromJsonAsync<JsonElement[]>($"/api/site-visits/abnormal?allianceId={actors.AllianceA}"))!;
        if (current.Length == 1 && !flagged)
        {
            using var cleared = await admin.PostAsJsonAsync($"/api/site-visits/abnormal/{actors.AllianceA}/clear",
                new { note = "矩陣解除", version = current[0].GetProperty("version").GetInt64() });
            cleared.EnsureSuccessStatusCode();
            return (await cleared.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt64();
        }

        if (current.Length == 0 && flagged)
        {
            using var raised = await admin.PostAsJsonAsync("/api/site-visits/abnormal", new { allianceId = actors.AllianceA, reason = "矩陣註記" });
            raised.EnsureSuccessStatusCode();
            return (await raised.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt64();
        }

        return current.Length == 1 ? current[0].GetProperty("version").GetInt64() : 0;
    }

    /// <summary>Alliance A selected (anew, so unconfirmed) as electronics' outstanding alliance of 108 by the centre; returns the row's version.</summary>
    public static async Task<long> SelectAAsync(MatrixActors actors)
    {
        await ReadyAsync(actors);
        var version = await OutstandingVersionAsync(actors);
        using var selected = await actors.System.Admin.PutAsJsonAsync("/api/site-visits/outstanding/108/electronics", new { allianceId = actors.AllianceA, version });
        selected.EnsureSuccessStatusCode();
        return (await selected.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt64();
    }

    /// <summary>The version of electronics' outstanding row of 108 (0 while none is selected).</summary>
    public static async Task<long> OutstandingVersionAsync(MatrixActors actors)
    {
        var rows = (await actors.System.Admin.GetFromJsonAsync<JsonElement[]>("/api/site-visits/outstanding?year=108"))!;
        return rows.Single(r => r.GetProperty("domainCode").GetString() == "electronics").GetProperty("version").GetInt64();
    }

    private static async Task<Shared> CreateAsync(MatrixActors actors)
    {
        var reviewer = actors.Client(Actor.Reviewer);
        var userName = (await reviewer.GetFromJsonAsync<JsonElement>("/api/auth/me")).GetProperty("userName").GetString()!;
        var siteVisitDb = await actors.System.ConnectionStringAsync(ResourceNames.SiteVisitDb);
        await Eventually.Until(() => CountAsync(siteVisitDb, "SELECT count(*) FROM roster_alliances WHERE alliance_id = @p AND details_version IS NOT NULL", actors.AllianceA),
            n => n == 1, TimeSpan.FromSeconds(30), "site-visit to learn of alliance A");
        await Eventually.Until(() => CountAsync(siteVisitDb, "SELECT count(*) FROM roster_people WHERE user_name = @p", userName),
            n => n == 1, TimeSpan.FromSeconds(30), "site-visit to learn of the matrix reviewer");
        var visitId = await ScheduleAsync(actors);
        using var assigned = await actors.System.Admin.PostAsJsonAsync($"{Visits}/{visitId}/reviewers", new { reviewerUserName = userName });
        assigned.EnsureSuccessStatusCode();
        using var saved = await reviewer.PutAsJsonAsync($"{Visits}/{visitId}/forms/mine", Form(0));
        saved.EnsureSuccessStatusCode();
        using var submitted = await reviewer.PostAsJsonAsync($"{Visits}/{visitId}/forms/mine/submit", new { version = 1 });
        submitted.EnsureSuccessStatusCode();
        return new(visitId, userName);
    }

    private static async Task<Guid> ScheduleAsync(MatrixActors actors)
    {
        using var created = await actors.System.Admin.PostAsJsonAsync(Visits,
            new { allianceId = actors.AllianceA, year = 108, startsAt = "2019-05-20T10:00:00+08:00", place = "矩陣查訪地點" });
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<long> CountAsync(string connectionString, string sql, object value)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("p", value);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
