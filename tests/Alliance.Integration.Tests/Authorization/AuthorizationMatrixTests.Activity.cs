using System.Net.Http.Json;
using static Alliance.Integration.Tests.Authorization.Actor;

namespace Alliance.Integration.Tests.Authorization;

/// <summary>The activity service's rows: the alliance's PI and assistants write its records, everyone who may read the alliance reads them.</summary>
public sealed partial class AuthorizationMatrixTests
{
    private static IEnumerable<Row> ActivityRows()
    {
        var readers = new[] { MinistryOfficer, CentreAdmin, Pi, Assistant, Reviewer };
        var writers = new[] { Pi, Assistant };
        foreach (var (segment, idName) in MatrixActivity.Records)
        {
            var list = $"/api/activity/alliances/{{allianceId}}/{segment}";
            var one = $"{list}/{{{idName}}}";
            yield return new("GET", list, async (actors, _) =>
            {
                await MatrixActivity.ReadyAsync(actors);
                return new HttpRequestMessage(HttpMethod.Get, $"{MatrixActivity.PathOf(actors, segment)}?year=108");
            }, Only(200, readers));
            yield return new("POST", list, async (actors, _) =>
            {
                await MatrixActivity.ReadyAsync(actors);
                return new HttpRequestMessage(HttpMethod.Post, MatrixActivity.PathOf(actors, segment)) { Content = JsonContent.Create(MatrixActivity.Body(segment)) };
            }, Only(201, writers));
            yield return new("GET", one, async (actors, _) => new HttpRequestMessage(HttpMethod.Get, await RecordPathAsync(actors, segment)), Only(200, readers));
            yield return new("PUT", one, async (actors, _) =>
            {
                var record = await MatrixActivity.NewAsync(actors, segment);
                var body = MatrixActivity.Body(segment, record.TryGetProperty("memberId", out var member) && member.ValueKind != System.Text.Json.JsonValueKind.Null ? member.GetGuid() : null);
                body["version"] = record.GetProperty("version").GetInt64();
                body["reason"] = "矩陣更正";
                return new HttpRequestMessage(HttpMethod.Put, $"{MatrixActivity.PathOf(actors, segment)}/{record.GetProperty("id").GetGuid()}") { Content = JsonContent.Create(body) };
            }, Only(200, writers));
            yield return new("POST", $"{one}/void", async (actors, _) =>
            {
                var record = await MatrixActivity.NewAsync(actors, segment);
                return new HttpRequestMessage(HttpMethod.Post, $"{MatrixActivity.PathOf(actors, segment)}/{record.GetProperty("id").GetGuid()}/void")
                {
                    Content = JsonContent.Create(new { reason = "矩陣作廢", version = record.GetProperty("version").GetInt64() }),
                };
            }, Only(200, writers));
            yield return new("GET", $"{one}/history", async (actors, _) => new HttpRequestMessage(HttpMethod.Get, $"{await RecordPathAsync(actors, segment)}/history"),
                Only(200, readers));
            if (segment != "events")
            {
                // A foreign reference in the body: alliance B's member named in alliance A's record is refused even to A's writers.
                yield return new("POST", list, async (actors, _) =>
                {
                    await MatrixActivity.ReadyAsync(actors);
                    var body = MatrixActivity.Body(segment, await MatrixActivity.MemberOfBKnownToActivityAsync(actors));
                    return new HttpRequestMessage(HttpMethod.Post, MatrixActivity.PathOf(actors, segment)) { Content = JsonContent.Create(body) };
                }, Only(422, writers));
                yield return new("PUT", one, async (actors, _) =>
                {
                    var record = await MatrixActivity.NewAsync(actors, segment);
                    var body = MatrixActivity.Body(segment, await MatrixActivity.MemberOfBKnownToActivityAsync(actors));
                    body["version"] = record.GetProperty("version").GetInt64();
                    body["reason"] = "矩陣外來參照";
                    return new HttpRequestMessage(HttpMethod.Put, $"{MatrixActivity.PathOf(actors, segment)}/{record.GetProperty("id").GetGuid()}") { Content = JsonContent.Create(body) };
                }, Only(422, writers));
            }
        }

        yield return new("GET", "/api/activity/alliances/{allianceId}/summary", async (actors, _) =>
        {
            await MatrixActivity.ReadyAsync(actors);
            return new HttpRequestMessage(HttpMethod.Get, $"/api/activity/alliances/{actors.AllianceA}/summary?year=108");
        }, Only(200, readers));
    }

    private static async Task<string> RecordPathAsync(MatrixActors actors, string segment) =>
        $"{MatrixActivity.PathOf(actors, segment)}/{(await MatrixActivity.NewAsync(actors, segment)).GetProperty("id").GetGuid()}";
}
