using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Alliance.Integration.Tests.Infrastructure;
using Alliance.Integration.Tests.Reporting;

namespace Alliance.Integration.Tests.Authorization;

/// <summary>
/// The matrix's reporting records: a year of its own (opened once, its deadlines edited by the rows), and alliance A's
/// targets in the two shared future years (one led to approval, one kept going round draft, submission and return).
/// Each row reads the version it sends just before, as the centre.
/// </summary>
internal static class MatrixReporting
{
    public const int Year = ReportingYears.Future;
    public const int ApprovalYear = ReportingYears.FutureSecond;

    private static readonly ConditionalWeakTable<MatrixActors, Task<int>> OwnYears = new();
    private static readonly ConditionalWeakTable<MatrixActors, Task> Ready = new();

    public static string Targets(MatrixActors actors, int year = Year) => $"/api/reporting/alliances/{actors.AllianceA}/years/{year}/targets";

    public static string Phase(MatrixActors actors) => $"/api/reporting/alliances/{actors.AllianceA}/years/{Year}/phase";

    /// <summary>Waits (once) until reporting's roster knows alliance A and the shared years are open.</summary>
    public static Task ReadyAsync(MatrixActors actors) => Ready.GetValue(actors, async a =>
    {
        await ReportingYears.EnsureOpenAsync(a.System, Year);
        await ReportingYears.EnsureOpenAsync(a.System, ApprovalYear);
        await Eventually.Until(async () =>
            {
                using var response = await a.Client(Actor.Pi).GetAsync(Targets(a));
                return response.IsSuccessStatusCode;
            },
            TimeSpan.FromSeconds(30), "reporting to learn of alliance A");
    });

    /// <summary>The matrix's own fresh year, opened once.</summary>
    public static Task<int> OwnYearAsync(MatrixActors actors) => OwnYears.GetValue(actors, async a =>
        (await ReportingYears.OpenFreshAsync(a.System)).GetProperty("year").GetInt32());

    public static async Task<long> VersionAsync(MatrixActors actors, string path) =>
        (await actors.System.Admin.GetFromJsonAsync<JsonElement>(path)).GetProperty("version").GetInt64();

    public static async Task<string> StatusAsync(MatrixActors actors, int year) =>
        (await actors.System.Admin.GetFromJsonAsync<JsonElement>(Targets(actors, year))).GetProperty("status").GetString()!;

    /// <summary>
    /// Complete targets that pass every rule for alliance A (phase 1, a proposal of 0): 3 firm members in <see cref="Year"/>,
    /// which has no targets the year before, and 6 in <see cref="ApprovalYear"/>, 3 more than those.
    /// </summary>
    public static JsonObject Body(long version, int year = Year) => TargetBodies.Save(0, TargetBodies.Full(year == ApprovalYear ? 6 : 3), version);

    /// <summary>Brings A's targets of <paramref name="year"/> to a state the alliance may save and submit: saved complete (a draft, or returned).</summary>
    public static async Task EditableAsync(MatrixActors actors, int year = Year)
    {
        await ReadyAsync(actors);
        if (await StatusAsync(actors, year) == "submitted")
        {
            await PostOkAsync(actors.System.Admin, $"{Targets(actors, year)}/return",
                new JsonObject { ["notes"] = new JsonObject { ["patents"] = "矩陣退回" }, ["version"] = await VersionAsync(actors, Targets(actors, year)) });
        }

        using var saved = await actors.Client(Actor.Pi).PutAsJsonAsync(Targets(actors, year), Body(await VersionAsync(actors, Targets(actors, year)), year));
        saved.EnsureSuccessStatusCode();
    }

    /// <summary>Brings A's targets of <paramref name="year"/> to submitted, unless they are submitted or approved already.</summary>
    public static async Task SubmittedAsync(MatrixActors actors, int year = Year)
    {
        await ReadyAsync(actors);
        if (await StatusAsync(actors, year) is "submitted" or "approved")
        {
            return;
        }

        await EditableAsync(actors, year);
        await PostOkAsync(actors.Client(Actor.Pi), $"{Targets(actors, year)}/submit", new JsonObject { ["version"] = await VersionAsync(actors, Targets(actors, year)) });
    }

    private static async Task PostOkAsync(HttpClient client, string path, JsonObject body)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {await response.Content.ReadAsStringAsync()}");
    }
}
