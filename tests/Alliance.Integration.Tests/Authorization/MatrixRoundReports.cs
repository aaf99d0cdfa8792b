using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Alliance.Integration.Tests.Reporting;

namespace Alliance.Integration.Tests.Authorization;

/// <summary>
/// The matrix's round reports of alliance A, one round per row whose change happens once (submit, reopen, complete the
/// audit), each brought to the state its row needs before every call; drafts go to a round of the second shared year.
/// Each row reads the version it sends just before, as the centre.
/// </summary>
internal static class MatrixRoundReports
{
    /// <summary>The PI submits this one in its own row, from not-started.</summary>
    public static readonly string SubmitRound = $"{MatrixReporting.Year}-progress-1";

    /// <summary>Submitted before every call; the centre reopens it.</summary>
    public static readonly string ReopenRound = $"{MatrixReporting.Year}-progress-2";

    /// <summary>Submitted before every call; the centre completes its audit.</summary>
    public static readonly string AuditRound = $"{MatrixReporting.Year}-kpi-2";

    /// <summary>Submitted once (version 1): the centre notes it, everyone who reads the alliance reads it.</summary>
    public static readonly string SubmittedRound = $"{MatrixReporting.Year}-kpi-1";

    /// <summary>Never submitted: the alliance's drafts.</summary>
    public static readonly string DraftRound = $"{MatrixReporting.ApprovalYear}-kpi-1";

    public static string Root(MatrixActors actors, string round) => $"/api/reporting/alliances/{actors.AllianceA}/rounds/{round}";

    public static async Task<long> VersionAsync(MatrixActors actors, string round) =>
        (await SummaryAsync(actors, round)).GetProperty("version").GetInt64();

    /// <summary>Brings the round to submitted (the PI submits it) unless it is submitted or audited already.</summary>
    public static async Task SubmittedAsync(MatrixActors actors, string round)
    {
        await MatrixReporting.ReadyAsync(actors);
        var summary = await SummaryAsync(actors, round);
        if (summary.GetProperty("status").GetString() is "submitted" or "audited")
        {
            return;
        }

        using var response = await actors.Client(Actor.Pi).PostAsJsonAsync($"{Root(actors, round)}/submit", new JsonObject { ["version"] = summary.GetProperty("version").GetInt64() });
        Assert.True(response.IsSuccessStatusCode, $"{round}: {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task<JsonElement> SummaryAsync(MatrixActors actors, string round) =>
        await actors.System.Admin.GetFromJsonAsync<JsonElement>($"{Root(actors, round)}/summary");
}
