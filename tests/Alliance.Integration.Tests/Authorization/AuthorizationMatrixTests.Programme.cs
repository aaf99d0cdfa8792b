using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static Alliance.Integration.Tests.Authorization.Actor;

namespace Alliance.Integration.Tests.Authorization;

/// <summary>
/// The programme views: officers and the centre read the programme's tables and targets, the centre sets the targets and
/// records review outcomes, an officer confirms them; everyone signed in reads the alliance list (cut to what each may read)
/// and the alliance's readers read its review outcome (hidden until published).
/// </summary>
public sealed partial class AuthorizationMatrixTests
{
    private static IEnumerable<Row> ProgrammeRows()
    {
        var overseers = new[] { MinistryOfficer, CentreAdmin };
        var readers = new[] { MinistryOfficer, CentreAdmin, Pi, Assistant, Reviewer };
        const string target = "/api/reporting/years/{year}/programme-target";
        const string outcome = "/api/reporting/alliances/{allianceId}/years/{year}/review-outcome";
        string Outcome(MatrixActors actors) => $"/api/reporting/alliances/{actors.AllianceA}/years/{MatrixReporting.Year}/review-outcome";
        string Target(int year) => $"/api/reporting/years/{year}/programme-target";

        yield return new("GET", "/api/reporting/programme", Get("/api/reporting/programme?year=108"), Only(200, overseers));
        yield return new("GET", "/api/reporting/programme.xlsx", Get("/api/reporting/programme.xlsx?year=108"), Only(200, overseers));
        yield return new("GET", "/api/reporting/programme/alliances", Get("/api/reporting/programme/alliances?year=108"), Everyone(200));
        yield return new("GET", target, Get(Target(MatrixReporting.Year)), Only(200, overseers));
        yield return new("PUT", target, async (actors, _) =>
        {
            var year = await MatrixReporting.OwnYearAsync(actors);
            return new HttpRequestMessage(HttpMethod.Put, Target(year))
            {
                Content = JsonContent.Create(new { firmMembers = 2300, selfSufficientAlliances = 79, version = await MatrixReporting.VersionAsync(actors, Target(year)) }),
            };
        }, Only(200, CentreAdmin));
        yield return new("GET", $"{target}/history", Get($"{Target(MatrixReporting.Year)}/history"), Only(200, overseers));

        yield return new("GET", outcome, async (actors, _) =>
        {
            await MatrixReporting.ReadyAsync(actors);
            return new HttpRequestMessage(HttpMethod.Get, Outcome(actors));
        }, Only(200, readers));
        yield return new("PUT", outcome, async (actors, _) =>
        {
            await MatrixReporting.ReadyAsync(actors);
            return new HttpRequestMessage(HttpMethod.Put, Outcome(actors))
            {
                Content = JsonContent.Create(new { outcome = "continues", comments = "矩陣審查意見", version = await MatrixReporting.VersionAsync(actors, Outcome(actors)) }),
            };
        }, Only(200, CentreAdmin));
        // The officer confirms an outcome the centre has just recorded anew (which withdraws any confirmation); the others are refused first.
        yield return new("POST", $"{outcome}/confirm", async (actors, actor) =>
        {
            await MatrixReporting.ReadyAsync(actors);
            if (actor == MinistryOfficer)
            {
                using var recorded = await actors.System.Admin.PutAsJsonAsync(Outcome(actors),
                    new { outcome = "funding-ends", comments = "矩陣審查意見", version = await MatrixReporting.VersionAsync(actors, Outcome(actors)) });
                recorded.EnsureSuccessStatusCode();
            }

            return Post($"{Outcome(actors)}/confirm", new JsonObject { ["version"] = await MatrixReporting.VersionAsync(actors, Outcome(actors)) });
        }, Only(200, MinistryOfficer));
        yield return new("GET", $"{outcome}/history", async (actors, _) =>
        {
            await MatrixReporting.ReadyAsync(actors);
            return new HttpRequestMessage(HttpMethod.Get, $"{Outcome(actors)}/history");
        }, Only(200, overseers));
    }
}
