using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static Alliance.Integration.Tests.Authorization.Actor;

namespace Alliance.Integration.Tests.Authorization;

/// <summary>
/// Reminders and notifications: everyone signed in reads their own notifications and a year's reminder settings; the
/// centre changes the settings and sends a round's reminders now; the centre and the ministry read the schedule and the log.
/// </summary>
public sealed partial class AuthorizationMatrixTests
{
    private static IEnumerable<Row> ReminderRows()
    {
        var overseers = new[] { MinistryOfficer, CentreAdmin };
        yield return new("GET", "/api/reporting/notifications", Get("/api/reporting/notifications?unread=true"), Everyone(200));
        // Nobody's notification: each caller reaches the handler, which finds none of theirs.
        yield return new("POST", "/api/reporting/notifications/{id}/read",
            (_, _) => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, $"/api/reporting/notifications/{Guid.NewGuid()}/read")), Everyone(404));
        yield return new("GET", "/api/reporting/reminders/schedule", async (actors, _) =>
        {
            await MatrixReporting.ReadyAsync(actors);
            return new HttpRequestMessage(HttpMethod.Get, $"/api/reporting/reminders/schedule?year={MatrixReporting.Year}");
        }, Only(200, overseers));
        yield return new("GET", "/api/reporting/reminders/log", async (actors, _) =>
        {
            await MatrixReporting.ReadyAsync(actors);
            return new HttpRequestMessage(HttpMethod.Get, $"/api/reporting/reminders/log?year={MatrixReporting.Year}");
        }, Only(200, overseers));
        yield return new("POST", "/api/reporting/reminders/{roundId}/send-now", async (actors, _) =>
        {
            await MatrixReporting.ReadyAsync(actors);
            return new HttpRequestMessage(HttpMethod.Post, $"/api/reporting/reminders/{MatrixReporting.Year}-kpi-2/send-now");
        }, Only(200, CentreAdmin));
        yield return new("GET", "/api/reporting/years/{year}/reminder-settings", async (actors, _) =>
            new HttpRequestMessage(HttpMethod.Get, $"/api/reporting/years/{await MatrixReporting.OwnYearAsync(actors)}/reminder-settings"), Everyone(200));
        yield return new("PUT", "/api/reporting/years/{year}/reminder-settings", async (actors, _) =>
        {
            var path = $"/api/reporting/years/{await MatrixReporting.OwnYearAsync(actors)}/reminder-settings";
            return new HttpRequestMessage(HttpMethod.Put, path)
            {
                Content = JsonContent.Create(new JsonObject { ["daysBefore"] = new JsonArray(10, 3), ["hour"] = 8, ["version"] = await MatrixReporting.VersionAsync(actors, path) }),
            };
        }, Only(200, CentreAdmin));
    }
}
