using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static Alliance.Integration.Tests.Authorization.Actor;

namespace Alliance.Integration.Tests.Authorization;

/// <summary>
/// The reporting service's rows: everyone signed in reads the years, the centre opens, edits and closes them, audits
/// targets and corrects phases; the alliance's PI and assistants save and submit its targets; its readers read them.
/// </summary>
public sealed partial class AuthorizationMatrixTests
{
    private static IEnumerable<Row> ReportingRows()
    {
        var readers = new[] { MinistryOfficer, CentreAdmin, Pi, Assistant, Reviewer };
        var writers = new[] { Pi, Assistant };
        const string years = "/api/reporting/years";
        const string targets = "/api/reporting/alliances/{allianceId}/years/{year}/targets";

        yield return new("GET", years, Get(years), Everyone(200));
        // Only the centre's call opens a year: the others are refused before the body is read.
        yield return new("POST", years, (_, actor) => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, years)
        {
            Content = JsonContent.Create(new { year = actor == CentreAdmin ? Reporting.ReportingYears.Fresh() : Reporting.ReportingYears.Future }),
        }), Only(201, CentreAdmin));
        yield return new("GET", $"{years}/{{year}}", async (actors, _) => new HttpRequestMessage(HttpMethod.Get, $"{years}/{await MatrixReporting.OwnYearAsync(actors)}"),
            Everyone(200));
        yield return new("PUT", $"{years}/{{year}}", async (actors, _) =>
        {
            var path = $"{years}/{await MatrixReporting.OwnYearAsync(actors)}";
            var year = await MatrixReporting.OwnYearAsync(actors);
            return new HttpRequestMessage(HttpMethod.Put, path)
            {
                Content = JsonContent.Create(new { deadlines = new Dictionary<string, string> { ["website"] = $"{year + 1911}-05-10" }, version = await MatrixReporting.VersionAsync(actors, path) }),
            };
        }, Only(200, CentreAdmin));
        yield return new("POST", $"{years}/{{year}}/close", async (actors, actor) =>
        {
            // The centre closes a fresh year of its own; the others are refused before anything is read.
            var year = actor == CentreAdmin ? (await Reporting.ReportingYears.OpenFreshAsync(actors.System)).GetProperty("year").GetInt32() : await MatrixReporting.OwnYearAsync(actors);
            return new HttpRequestMessage(HttpMethod.Post, $"{years}/{year}/close") { Content = JsonContent.Create(new { version = 1 }) };
        }, Only(200, CentreAdmin));
        yield return new("GET", $"{years}/{{year}}/history", async (actors, _) => new HttpRequestMessage(HttpMethod.Get, $"{years}/{await MatrixReporting.OwnYearAsync(actors)}/history"),
            Everyone(200));

        yield return new("GET", "/api/reporting/alliances/{allianceId}/years/{year}/phase", async (actors, _) =>
        {
            await MatrixReporting.ReadyAsync(actors);
            return new HttpRequestMessage(HttpMethod.Get, MatrixReporting.Phase(actors));
        }, Only(200, readers));
        yield return new("PUT", "/api/reporting/alliances/{allianceId}/years/{year}/phase", async (actors, _) =>
        {
            await MatrixReporting.ReadyAsync(actors);
            return new HttpRequestMessage(HttpMethod.Put, MatrixReporting.Phase(actors))
            {
                Content = JsonContent.Create(new { phase = 1, yearInPhase = 1, version = await MatrixReporting.VersionAsync(actors, MatrixReporting.Phase(actors)) }),
            };
        }, Only(200, CentreAdmin));

        yield return new("GET", targets, async (actors, _) =>
        {
            await MatrixReporting.ReadyAsync(actors);
            return new HttpRequestMessage(HttpMethod.Get, MatrixReporting.Targets(actors));
        }, Only(200, readers));
        yield return new("PUT", targets, async (actors, _) =>
        {
            await MatrixReporting.EditableAsync(actors);
            var version = await MatrixReporting.VersionAsync(actors, MatrixReporting.Targets(actors));
            return new HttpRequestMessage(HttpMethod.Put, MatrixReporting.Targets(actors)) { Content = JsonContent.Create(MatrixReporting.Body(version)) };
        }, Only(200, writers));
        yield return new("POST", $"{targets}/submit", async (actors, _) =>
        {
            await MatrixReporting.EditableAsync(actors);
            return Post($"{MatrixReporting.Targets(actors)}/submit", new JsonObject { ["version"] = await MatrixReporting.VersionAsync(actors, MatrixReporting.Targets(actors)) });
        }, Only(200, writers));
        yield return new("POST", $"{targets}/return", async (actors, _) =>
        {
            await MatrixReporting.SubmittedAsync(actors);
            return Post($"{MatrixReporting.Targets(actors)}/return", new JsonObject
            {
                ["notes"] = new JsonObject { ["consultations"] = "矩陣退回" }, ["version"] = await MatrixReporting.VersionAsync(actors, MatrixReporting.Targets(actors)),
            });
        }, Only(200, CentreAdmin));
        // Approval is final: only the centre's call approves, once, in a year of its own.
        yield return new("POST", $"{targets}/approve", async (actors, _) =>
        {
            await MatrixReporting.SubmittedAsync(actors, MatrixReporting.ApprovalYear);
            var path = MatrixReporting.Targets(actors, MatrixReporting.ApprovalYear);
            return Post($"{path}/approve", new JsonObject { ["version"] = await MatrixReporting.VersionAsync(actors, path) });
        }, Only(200, CentreAdmin));
        yield return new("POST", $"{targets}/exceptions", async (actors, _) =>
        {
            await MatrixReporting.ReadyAsync(actors);
            return Post($"{MatrixReporting.Targets(actors)}/exceptions", new JsonObject
            {
                ["rule"] = "member-target-not-growing", ["note"] = "矩陣特准", ["version"] = await MatrixReporting.VersionAsync(actors, MatrixReporting.Targets(actors)),
            });
        }, Only(200, CentreAdmin));
        yield return new("GET", $"{targets}/history", async (actors, _) =>
        {
            await MatrixReporting.ReadyAsync(actors);
            return new HttpRequestMessage(HttpMethod.Get, $"{MatrixReporting.Targets(actors)}/history");
        }, Only(200, readers));

        const string round = "/api/reporting/alliances/{allianceId}/rounds/{roundId}";
        yield return new("GET", $"{round}/summary", async (actors, _) =>
        {
            await MatrixReporting.ReadyAsync(actors);
            return new HttpRequestMessage(HttpMethod.Get, $"/api/reporting/alliances/{actors.AllianceA}/rounds/108-kpi-1/summary?view=cumulative");
        }, Only(200, readers));
        yield return new("GET", $"{round}/rows/{{kpi}}/records", async (actors, _) =>
        {
            await MatrixReporting.ReadyAsync(actors);
            return new HttpRequestMessage(HttpMethod.Get, $"/api/reporting/alliances/{actors.AllianceA}/rounds/108-kpi-1/rows/firm-members/records");
        }, Only(200, readers));
        // Its readers may download the PDF, which no round has until it is submitted (409); the refused learn nothing of that.
        yield return new("GET", $"{round}/summary.pdf", async (actors, _) =>
        {
            await MatrixReporting.ReadyAsync(actors);
            return new HttpRequestMessage(HttpMethod.Get, $"/api/reporting/alliances/{actors.AllianceA}/rounds/108-kpi-1/summary.pdf");
        }, Only(409, readers));
        yield return new("GET", $"{round}/summary.xlsx", async (actors, _) =>
        {
            await MatrixReporting.ReadyAsync(actors);
            return new HttpRequestMessage(HttpMethod.Get, $"/api/reporting/alliances/{actors.AllianceA}/rounds/108-kpi-1/summary.xlsx?view=cumulative");
        }, Only(200, readers));
    }

    private static HttpRequestMessage Post(string path, JsonObject body) => new(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
}
