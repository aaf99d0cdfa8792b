using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Alliance.Integration.Tests.Infrastructure;
using Alliance.ServiceDefaults;
using Npgsql;

namespace Alliance.Integration.Tests.Authorization;

/// <summary>
/// The matrix's activity records in alliance A: made fresh by its PI for each call that needs one. The
/// consultations, guidance and outcomes name a member activity has not heard of, so they are kept pending
/// (201) without waiting for a copy; the foreign-reference rows name alliance B's member, once activity knows it.
/// </summary>
internal static class MatrixActivity
{
    /// <summary>The four record paths under an alliance, with the name of their id placeholder.</summary>
    public static readonly (string Segment, string IdName)[] Records =
        [("events", "eventId"), ("consultations", "consultationId"), ("guidance", "guidanceId"), ("outcomes", "outcomeId")];

    private static readonly ConditionalWeakTable<MatrixActors, Task> Ready = new();
    private static readonly ConditionalWeakTable<MatrixActors, Task<Guid>> ForeignMembers = new();

    public static string PathOf(MatrixActors actors, string segment) => $"/api/activity/alliances/{actors.AllianceA}/{segment}";

    /// <summary>Waits (once) until activity's roster knows alliance A.</summary>
    public static Task ReadyAsync(MatrixActors actors) => Ready.GetValue(actors, async a => await Eventually.Until(async () =>
        {
            using var response = await a.Client(Actor.Pi).GetAsync($"{PathOf(a, "events")}?year=108");
            return response.IsSuccessStatusCode;
        },
        TimeSpan.FromSeconds(30), "activity to learn of alliance A"));

    /// <summary>A valid body for <paramref name="segment"/>, naming <paramref name="memberId"/> (a fresh unknown member when null).</summary>
    public static JsonObject Body(string segment, Guid? memberId = null)
    {
        object body = segment switch
        {
            "events" => new { year = 108, kind = "seminar", date = "2019-05-01", title = "矩陣研討會", place = "新竹", role = "hosted", attendees = 20, firmAttendees = 8 },
            "outcomes" => new { year = 108, kind = "new-product", date = "2019-05-01", memberId = memberId ?? Guid.NewGuid(), title = "矩陣產品" },
            _ => new { year = 108, date = "2019-05-01", memberId = memberId ?? Guid.NewGuid(), topic = "矩陣諮詢", hours = 2 },
        };
        return JsonSerializer.SerializeToNode(body)!.AsObject();
    }

    /// <summary>A fresh record of <paramref name="segment"/> in alliance A, recorded by its PI.</summary>
    public static async Task<JsonElement> NewAsync(MatrixActors actors, string segment)
    {
        await ReadyAsync(actors);
        using var response = await actors.Client(Actor.Pi).PostAsJsonAsync(PathOf(actors, segment), Body(segment));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Alliance B's member (the one the revenue rows name), once activity's copy has it too.</summary>
    public static Task<Guid> MemberOfBKnownToActivityAsync(MatrixActors actors) => ForeignMembers.GetValue(actors, async a =>
    {
        var memberId = await ForeignReferences.MemberOfBKnownToRevenueAsync(a);
        var activityDb = await a.System.ConnectionStringAsync(ResourceNames.ActivityDb);
        await Eventually.Until(async () =>
            {
                await using var connection = new NpgsqlConnection(activityDb);
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand("SELECT count(*) FROM roster_members WHERE member_id = @id", connection);
                command.Parameters.AddWithValue("id", memberId);
                return (long)(await command.ExecuteScalarAsync())! == 1;
            },
            TimeSpan.FromSeconds(30), "activity to copy alliance B's member");
        return memberId;
    });
}
