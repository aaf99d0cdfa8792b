using System.Net.Http.Json;
using static Alliance.Integration.Tests.Authorization.Actor;

namespace Alliance.Integration.Tests.Authorization;

/// <summary>
/// The site-visit service's rows: the centre runs visits, reviewers, selections, counselling and flags; an officer reads
/// everything and confirms the outstanding selection; the reviewer reads the visit it is assigned to (by site-visit's own
/// assignment) and writes its own form; alliance A's PI and assistant read A's visits, flag and counselling, never forms.
/// </summary>
public sealed partial class AuthorizationMatrixTests
{
    private static IEnumerable<Row> SiteVisitRows()
    {
        const string visits = MatrixSiteVisit.Visits;
        var visitReaders = new[] { MinistryOfficer, CentreAdmin, Pi, Assistant, Reviewer };
        var allianceReaders = new[] { MinistryOfficer, CentreAdmin, Pi, Assistant };
        var overseers = new[] { MinistryOfficer, CentreAdmin };

        RequestFor SharedVisit(string rest = "") => async (actors, _) =>
            new HttpRequestMessage(HttpMethod.Get, $"{visits}/{(await MatrixSiteVisit.ReadyAsync(actors)).VisitId}{rest}");

        yield return new("GET", visits, async (actors, _) =>
        {
            await MatrixSiteVisit.ReadyAsync(actors);
            return new HttpRequestMessage(HttpMethod.Get, $"{visits}?year=108");
        }, Everyone(200));
        yield return new("POST", visits, async (actors, _) =>
        {
            await MatrixSiteVisit.ReadyAsync(actors);
            return new HttpRequestMessage(HttpMethod.Post, visits)
            {
                Content = JsonContent.Create(new { allianceId = actors.AllianceA, year = 108, startsAt = "2019-06-10T09:00:00+08:00", place = "矩陣" }),
            };
        }, Only(201, CentreAdmin));
        yield return new("GET", $"{visits}/{{visitId}}", SharedVisit(), Only(200, visitReaders));
        yield return new("PUT", $"{visits}/{{visitId}}", async (actors, _) =>
            new HttpRequestMessage(HttpMethod.Put, $"{visits}/{await MatrixSiteVisit.NewVisitAsync(actors)}")
            {
                Content = JsonContent.Create(new { allianceId = actors.AllianceA, year = 108, startsAt = "2019-06-11T09:00:00+08:00", place = "矩陣改", version = 1 }),
            }, Only(200, CentreAdmin));
        yield return new("POST", $"{visits}/{{visitId}}/complete", async (actors, _) =>
            new HttpRequestMessage(HttpMethod.Post, $"{visits}/{await MatrixSiteVisit.NewVisitAsync(actors)}/complete") { Content = JsonContent.Create(new { version = 1 }) },
            Only(200, CentreAdmin));
        yield return new("GET", $"{visits}/{{visitId}}/history", SharedVisit("/history"), Only(200, visitReaders));
        yield return new("GET", $"{visits}/{{visitId}}/reviewers", SharedVisit("/reviewers"), Only(200, visitReaders));
        yield return new("POST", $"{visits}/{{visitId}}/reviewers", async (actors, _) =>
            new HttpRequestMessage(HttpMethod.Post, $"{visits}/{await MatrixSiteVisit.NewVisitAsync(actors)}/reviewers")
            {
                Content = JsonContent.Create(new { reviewerUserName = (await MatrixSiteVisit.ReadyAsync(actors)).ReviewerUserName }),
            }, Only(201, CentreAdmin));
        yield return new("DELETE", $"{visits}/{{visitId}}/reviewers/{{reviewerUserName}}", async (actors, _) =>
            new HttpRequestMessage(HttpMethod.Delete,
                $"{visits}/{await MatrixSiteVisit.NewAssignedVisitAsync(actors)}/reviewers/{(await MatrixSiteVisit.ReadyAsync(actors)).ReviewerUserName}"),
            new Dictionary<Actor, int>(Only(204, CentreAdmin)));

        // Forms: the reviewer's own; the submitted ones for overseers and for the reviewer, whose own is submitted on the shared visit.
        yield return new("GET", $"{visits}/{{visitId}}/forms", SharedVisit("/forms"), Only(200, MinistryOfficer, CentreAdmin, Reviewer));
        yield return new("GET", $"{visits}/{{visitId}}/forms/mine", SharedVisit("/forms/mine"), Only(200, Reviewer));
        yield return new("PUT", $"{visits}/{{visitId}}/forms/mine", async (actors, _) =>
            new HttpRequestMessage(HttpMethod.Put, $"{visits}/{await MatrixSiteVisit.NewAssignedVisitAsync(actors)}/forms/mine")
            {
                Content = JsonContent.Create(MatrixSiteVisit.Form(0)),
            }, Only(200, Reviewer));
        yield return new("POST", $"{visits}/{{visitId}}/forms/mine/submit", async (actors, _) =>
        {
            var visitId = await MatrixSiteVisit.NewAssignedVisitAsync(actors);
            using var draft = await actors.Client(Reviewer).PutAsJsonAsync($"{visits}/{visitId}/forms/mine", MatrixSiteVisit.Form(0));
            draft.EnsureSuccessStatusCode();
            return new HttpRequestMessage(HttpMethod.Post, $"{visits}/{visitId}/forms/mine/submit") { Content = JsonContent.Create(new { version = 1 }) };
        }, Only(200, Reviewer));

        yield return new("GET", "/api/site-visits/rankings", Get("/api/site-visits/rankings?year=108&domainCode=electronics"), Only(200, overseers));
        yield return new("GET", "/api/site-visits/outstanding", Get("/api/site-visits/outstanding?year=108"), Only(200, overseers));
        yield return new("GET", "/api/site-visits/outstanding", Get("/api/site-visits/outstanding?year=108&published=true"), Everyone(200));
        yield return new("PUT", "/api/site-visits/outstanding/{year}/{domainCode}", async (actors, _) =>
        {
            await MatrixSiteVisit.ReadyAsync(actors);
            return new HttpRequestMessage(HttpMethod.Put, "/api/site-visits/outstanding/108/electronics")
            {
                Content = JsonContent.Create(new { allianceId = actors.AllianceA, version = await MatrixSiteVisit.OutstandingVersionAsync(actors) }),
            };
        }, Only(200, CentreAdmin));
        yield return new("POST", "/api/site-visits/outstanding/{year}/{domainCode}/confirm", async (actors, _) =>
            new HttpRequestMessage(HttpMethod.Post, "/api/site-visits/outstanding/108/electronics/confirm")
            {
                Content = JsonContent.Create(new { version = await MatrixSiteVisit.SelectAAsync(actors) }),
            }, Only(200, MinistryOfficer));
        yield return new("GET", "/api/site-visits/outstanding/{year}/{domainCode}/history", async (actors, _) =>
        {
            await MatrixSiteVisit.SelectAAsync(actors);
            return new HttpRequestMessage(HttpMethod.Get, "/api/site-visits/outstanding/108/electronics/history");
        }, Only(200, overseers));

        yield return new("GET", "/api/site-visits/counselling", async (actors, _) =>
        {
            await MatrixSiteVisit.ReadyAsync(actors);
            return new HttpRequestMessage(HttpMethod.Get, $"/api/site-visits/counselling?year=108&allianceId={actors.AllianceA}");
        }, Only(200, allianceReaders));
        yield return new("POST", "/api/site-visits/counselling", async (actors, _) =>
        {
            await MatrixSiteVisit.ReadyAsync(actors);
            return new HttpRequestMessage(HttpMethod.Post, "/api/site-visits/counselling")
            {
                Content = JsonContent.Create(new { allianceId = actors.AllianceA, year = 108, kind = "lecture", date = "2019-03-01", notes = "矩陣講習", recommendations = "" }),
            };
        }, Only(201, CentreAdmin));

        yield return new("GET", "/api/site-visits/abnormal", async (actors, _) =>
        {
            await MatrixSiteVisit.ReadyAsync(actors);
            return new HttpRequestMessage(HttpMethod.Get, $"/api/site-visits/abnormal?allianceId={actors.AllianceA}");
        }, Only(200, allianceReaders));
        yield return new("POST", "/api/site-visits/abnormal", async (actors, _) =>
        {
            await MatrixSiteVisit.FlagOfAAsync(actors, flagged: false);
            return new HttpRequestMessage(HttpMethod.Post, "/api/site-visits/abnormal") { Content = JsonContent.Create(new { allianceId = actors.AllianceA, reason = "矩陣註記" }) };
        }, Only(201, CentreAdmin));
        yield return new("POST", "/api/site-visits/abnormal/{allianceId}/clear", async (actors, _) =>
        {
            var version = await MatrixSiteVisit.FlagOfAAsync(actors, flagged: true);
            return new HttpRequestMessage(HttpMethod.Post, $"/api/site-visits/abnormal/{actors.AllianceA}/clear") { Content = JsonContent.Create(new { note = "矩陣解除", version }) };
        }, Only(200, CentreAdmin));
        yield return new("GET", "/api/site-visits/abnormal/{allianceId}/history", async (actors, _) =>
        {
            await MatrixSiteVisit.FlagOfAAsync(actors, flagged: true);
            return new HttpRequestMessage(HttpMethod.Get, $"/api/site-visits/abnormal/{actors.AllianceA}/history");
        }, Only(200, allianceReaders));
    }
}
