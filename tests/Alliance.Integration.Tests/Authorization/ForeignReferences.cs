using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Alliance.Integration.Tests.Infrastructure;
using Alliance.ServiceDefaults;
using Npgsql;

namespace Alliance.Integration.Tests.Authorization;

/// <summary>
/// The foreign references the matrix's "reference in the body" rows name: a member of alliance B
/// (the other PI's), made once per matrix and known to revenue, so naming it in alliance A's entry
/// meets revenue's check rather than a member it has not heard of yet.
/// </summary>
internal static class ForeignReferences
{
    private static readonly ConditionalWeakTable<MatrixActors, Task<Guid>> RevenueMembers = new();

    public static Task<Guid> MemberOfBKnownToRevenueAsync(MatrixActors actors) => RevenueMembers.GetValue(actors, CreateAsync);

    /// <summary>A technical service from <paramref name="memberId"/>, valid in every other respect.</summary>
    public static object IncomeNaming(Guid memberId) => new
    {
        year = 108, category = "technical-service", counterpartyMemberId = memberId, date = "2019-05-01", amount = 10_000,
    };

    private static async Task<Guid> CreateAsync(MatrixActors actors)
    {
        var otherPi = actors.Client(Actor.OtherPi);
        var allianceB = await Eventually.Until(async () =>
            {
                var me = await otherPi.GetFromJsonAsync<JsonElement>("/api/auth/me");
                return me.GetProperty("alliances").EnumerateArray().Select(a => a.GetGuid()).SingleOrDefault();
            },
            id => id != Guid.Empty, TimeSpan.FromSeconds(15), "the gateway to learn who is PI of alliance B");
        using var created = await otherPi.PostAsJsonAsync($"/api/membership/alliances/{allianceB}/members", MemberBodies.TaiwanCompany());
        created.EnsureSuccessStatusCode();
        var memberId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var revenueDb = await actors.System.ConnectionStringAsync(ResourceNames.RevenueDb);
        await Eventually.Until(async () =>
            {
                await using var connection = new NpgsqlConnection(revenueDb);
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand("SELECT count(*) FROM roster_members WHERE member_id = @id", connection);
                command.Parameters.AddWithValue("id", memberId);
                return (long)(await command.ExecuteScalarAsync())! == 1;
            },
            TimeSpan.FromSeconds(30), "revenue to copy alliance B's member");
        return memberId;
    }
}
