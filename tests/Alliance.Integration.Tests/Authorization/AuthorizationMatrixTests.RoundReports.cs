using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static Alliance.Integration.Tests.Authorization.Actor;

namespace Alliance.Integration.Tests.Authorization;

/// <summary>
/// A round's report: the alliance's PI and assistants write its drafts, only its PI submits, the centre notes, reopens
/// and completes the audit; the alliance's readers read the narratives, versions, comparisons, notes and history.
/// </summary>
public sealed partial class AuthorizationMatrixTests
{
    private static IEnumerable<Row> RoundReportRows()
    {
        var readers = new[] { MinistryOfficer, CentreAdmin, Pi, Assistant, Reviewer };
        var writers = new[] { Pi, Assistant };
        const string round = "/api/reporting/alliances/{allianceId}/rounds/{roundId}";

        yield return new("PUT", $"{round}/variance/{{kpi}}", async (actors, _) =>
        {
            await MatrixReporting.ReadyAsync(actors);
            return new HttpRequestMessage(HttpMethod.Put, $"{MatrixRoundReports.Root(actors, MatrixRoundReports.DraftRound)}/variance/patents")
            {
                Content = JsonContent.Create(new JsonObject { ["text"] = "矩陣差異分析" }),
            };
        }, Only(200, writers));
        yield return new("GET", $"{round}/narratives", async (actors, _) =>
        {
            await MatrixReporting.ReadyAsync(actors);
            return new HttpRequestMessage(HttpMethod.Get, $"{MatrixRoundReports.Root(actors, MatrixRoundReports.DraftRound)}/narratives");
        }, Only(200, readers));
        yield return new("PUT", $"{round}/narratives", async (actors, _) =>
        {
            await MatrixReporting.ReadyAsync(actors);
            return new HttpRequestMessage(HttpMethod.Put, $"{MatrixRoundReports.Root(actors, MatrixRoundReports.DraftRound)}/narratives")
            {
                Content = JsonContent.Create(new JsonObject { ["industry"] = "矩陣產業效益", ["academic"] = "矩陣學界效益" }),
            };
        }, Only(200, writers));
        // Only the PI's call submits; an assistant, like everyone else, is refused before the round is read.
        yield return new("POST", $"{round}/submit", async (actors, _) =>
        {
            await MatrixReporting.ReadyAsync(actors);
            var path = MatrixRoundReports.Root(actors, MatrixRoundReports.SubmitRound);
            return Post($"{path}/submit", new JsonObject { ["version"] = await MatrixRoundReports.VersionAsync(actors, MatrixRoundReports.SubmitRound) });
        }, Only(200, Pi));
        yield return new("POST", $"{round}/reopen", async (actors, _) =>
        {
            await MatrixRoundReports.SubmittedAsync(actors, MatrixRoundReports.ReopenRound);
            return Post($"{MatrixRoundReports.Root(actors, MatrixRoundReports.ReopenRound)}/reopen", new JsonObject
            {
                ["reason"] = "矩陣補件", ["version"] = await MatrixRoundReports.VersionAsync(actors, MatrixRoundReports.ReopenRound),
            });
        }, Only(200, CentreAdmin));
        yield return new("POST", $"{round}/audit-complete", async (actors, _) =>
        {
            await MatrixRoundReports.SubmittedAsync(actors, MatrixRoundReports.AuditRound);
            return Post($"{MatrixRoundReports.Root(actors, MatrixRoundReports.AuditRound)}/audit-complete",
                new JsonObject { ["version"] = await MatrixRoundReports.VersionAsync(actors, MatrixRoundReports.AuditRound) });
        }, Only(200, CentreAdmin));
        yield return new("POST", $"{round}/audit-notes", async (actors, _) =>
        {
            await MatrixRoundReports.SubmittedAsync(actors, MatrixRoundReports.SubmittedRound);
            return Post($"{MatrixRoundReports.Root(actors, MatrixRoundReports.SubmittedRound)}/audit-notes", new JsonObject { ["kpi"] = "patents", ["note"] = "矩陣查核" });
        }, Only(201, CentreAdmin));
        foreach (var (path, suffix) in new[]
        {
            ($"{round}/audit-notes", "/audit-notes"), ($"{round}/versions", "/versions"),
            ($"{round}/versions/{{a}}/compare/{{b}}", "/versions/1/compare/1?view=cumulative"), ($"{round}/history", "/history"),
        })
        {
            yield return new("GET", path, async (actors, _) =>
            {
                await MatrixRoundReports.SubmittedAsync(actors, MatrixRoundReports.SubmittedRound);
                return new HttpRequestMessage(HttpMethod.Get, $"{MatrixRoundReports.Root(actors, MatrixRoundReports.SubmittedRound)}{suffix}");
            }, Only(200, readers));
        }
    }
}
