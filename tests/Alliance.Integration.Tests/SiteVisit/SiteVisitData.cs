using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.EndToEnd;
using Alliance.Integration.Tests.Infrastructure;
using Alliance.ServiceDefaults;
using Npgsql;

namespace Alliance.Integration.Tests.SiteVisit;

/// <summary>An alliance a site-visit test registered, known to site-visit's roster, with its PI signed in.</summary>
public sealed record VisitedAlliance(Guid Id, string Code, string Name, TestUser Pi);

/// <summary>
/// The data of a site-visit test, made through the gateway as the centre would: alliances (waited for until
/// site-visit's roster has them), reviewers (until site-visit's copy of the people has them), visits, assignments
/// and forms; and what site-visit wrote to its outbox, read from its database.
/// </summary>
public sealed class SiteVisitData(SystemFixture system)
{
    public const string Visits = "/api/site-visits/visits";
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    public static readonly string[] Points = ["time-split", "core-technology-application", "promotion-highlights", "public-showing", "sustainability"];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public HttpClient Admin => system.Admin;

    /// <summary>A new alliance of <paramref name="domainCode"/> led by a new PI, once site-visit's roster knows it.</summary>
    public async Task<VisitedAlliance> AllianceAsync(string domainCode = "electronics")
    {
        var pi = await new TestAccounts(system).CreateAsync(["pi"]);
        var code = AllianceRegistrationTests.UniqueCode();
        var name = $"查訪測試聯盟 {code}";
        using var created = await Admin.PostAsJsonAsync("/api/membership/alliances",
            new { code, name, hostInstitution = "國立成功大學", domainCode, phase = 1, yearInPhase = 2, piUserName = pi.UserName }, Cancel);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Cancel));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetGuid();
        await Eventually.Until(() => CountAsync("SELECT count(*) FROM roster_alliances WHERE alliance_id = @p AND details_version IS NOT NULL", id),
            n => n == 1, Patience, $"site-visit's roster to know alliance {code}");
        return new(id, code, name, pi);
    }

    /// <summary>A new reviewer account (no alliances of its own), once site-visit's copy of the people knows it.</summary>
    public async Task<TestUser> ReviewerAsync()
    {
        var reviewer = await new TestAccounts(system).CreateAsync(["reviewer"]);
        await Eventually.Until(() => CountAsync("SELECT count(*) FROM roster_people WHERE user_name = @p AND 'reviewer' = ANY(roles)", reviewer.UserName),
            n => n == 1, Patience, $"site-visit's copy of the people to know reviewer {reviewer.UserName}");
        return reviewer;
    }

    /// <summary>A new domain (membership's), for rankings and selections no other test touches.</summary>
    public async Task<string> DomainAsync()
    {
        var code = TestDomains.NewCode();
        using var created = await Admin.PostAsJsonAsync("/api/membership/domains", new { code, nameZh = "查訪測試領域", nameEn = "Site-visit test domain", sortOrder = 90 }, Cancel);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Cancel));
        return code;
    }

    public static object Visit(Guid allianceId, string startsAt = "2019-05-15T10:00:00+08:00", int year = 108, string? reason = null) =>
        new { allianceId, year, startsAt, place = "國立成功大學 創新育成中心 3 樓", reason };

    /// <summary>Schedules a visit (as the centre) that must be created; returns it.</summary>
    public async Task<JsonElement> ScheduleAsync(Guid allianceId, string startsAt = "2019-05-15T10:00:00+08:00")
    {
        using var created = await Admin.PostAsJsonAsync(Visits, Visit(allianceId, startsAt), Cancel);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Cancel));
        return await created.Content.ReadFromJsonAsync<JsonElement>(Cancel);
    }

    public async Task<Guid> ScheduleIdAsync(Guid allianceId) => (await ScheduleAsync(allianceId)).GetProperty("id").GetGuid();

    /// <summary>Assigns the reviewer (as the centre); it must be assigned.</summary>
    public async Task<JsonElement> AssignAsync(Guid visitId, string reviewerUserName)
    {
        using var assigned = await Admin.PostAsJsonAsync($"{Visits}/{visitId}/reviewers", new { reviewerUserName }, Cancel);
        Assert.True(assigned.StatusCode == HttpStatusCode.Created, await assigned.Content.ReadAsStringAsync(Cancel));
        return await assigned.Content.ReadFromJsonAsync<JsonElement>(Cancel);
    }

    /// <summary>A whole form body: the five scores in the form's order, a comment on each, and a recommendation.</summary>
    public static object Form(int[] scores, long version, string? recommendation = "satisfactory") => new
    {
        scores = Points.Zip(scores, (point, score) => new { point, score, comment = $"{point} 意見" }).ToArray(),
        overallComment = "整體表現良好", recommendation, version,
    };

    /// <summary>The reviewer saves a whole form and submits it; both must succeed.</summary>
    public static async Task SubmitAsync(HttpClient reviewer, Guid visitId, params int[] scores)
    {
        using var saved = await reviewer.PutAsJsonAsync($"{Visits}/{visitId}/forms/mine", Form(scores, 0), Cancel);
        Assert.True(saved.StatusCode == HttpStatusCode.OK, await saved.Content.ReadAsStringAsync(Cancel));
        var version = (await saved.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("version").GetInt64();
        using var submitted = await reviewer.PostAsJsonAsync($"{Visits}/{visitId}/forms/mine/submit", new { version }, Cancel);
        Assert.True(submitted.StatusCode == HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync(Cancel));
    }

    /// <summary>The problem's <c>code</c>; the body is read as text, which a response gives as often as asked.</summary>
    public static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (await ProblemAsync(response)).TryGetProperty("code", out var code) ? code.GetString() : null;

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement.Clone();

    /// <summary>The problems' codes, in order.</summary>
    public static async Task<IEnumerable<string?>> CodesAsync(params HttpResponseMessage[] responses)
    {
        var codes = new List<string?>();
        foreach (var response in responses)
        {
            codes.Add(await CodeAsync(response));
        }

        return codes;
    }

    /// <summary>The fields a problem's <c>errors</c> names, in ordinal order, joined by a space.</summary>
    public static async Task<string> FieldsAsync(HttpResponseMessage response) =>
        (await ProblemAsync(response)).TryGetProperty("errors", out var errors)
            ? string.Join(' ', errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal))
            : "";

    /// <summary>The events site-visit wrote whose payload's <paramref name="field"/> is <paramref name="value"/>, in order: short type name and payload.</summary>
    public async Task<(string Type, JsonElement Payload)[]> EventsAsync(string field, string value)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("SELECT message_type, payload::text FROM outbox_messages WHERE payload->>@field = @value ORDER BY sequence", connection);
        command.Parameters.AddWithValue("field", field);
        command.Parameters.AddWithValue("value", value);
        var events = new List<(string, JsonElement)>();
        await using var reader = await command.ExecuteReaderAsync(Cancel);
        while (await reader.ReadAsync(Cancel))
        {
            events.Add((reader.GetString(0).Split('.')[^1], JsonDocument.Parse(reader.GetString(1)).RootElement.Clone()));
        }

        return [.. events];
    }

    /// <summary>Whether every event site-visit wrote with that payload field has been published (the broker confirmed it).</summary>
    public async Task<bool> EventsSentAsync(string field, string value) =>
        await CountAsync("SELECT count(*) FROM outbox_messages WHERE payload->>@field = @p AND sent_at IS NULL", value, ("field", field)) == 0;

    private async Task<long> CountAsync(string sql, object parameter, params (string Name, object Value)[] others)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("p", parameter);
        foreach (var (name, value) in others)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return (long)(await command.ExecuteScalarAsync(Cancel))!;
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(await system.ConnectionStringAsync(ResourceNames.SiteVisitDb));
        await connection.OpenAsync(Cancel);
        return connection;
    }
}
