using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.Infrastructure;
using Alliance.ServiceDefaults;
using Npgsql;

namespace Alliance.Integration.Tests.Browser;

/// <summary>
/// An alliance for the activity pages' journeys: its PI, its firm members with their contracts, and
/// waits for the activity service to know each (its copy of the members is fed by membership's events).
/// </summary>
public sealed class ActivityPagesData(SystemFixture system, TestUser pi, TestAlliance alliance)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public TestUser Pi => pi;

    public TestAlliance Alliance => alliance;

    /// <summary>A new PI leading a new alliance that the activity service knows, with the PI's scope on it.</summary>
    public static async Task<ActivityPagesData> NewAsync(SystemFixture system)
    {
        var pi = await new TestAccounts(system).CreateAsync(["pi"]);
        var alliance = await TestAlliances.RegisterAsync(system, pi.UserName);
        await Eventually.Until(async () =>
        {
            using var response = await pi.Client.GetAsync($"/api/activity/alliances/{alliance.Id}/events?year=108", Cancel);
            return response.StatusCode == HttpStatusCode.OK;
        }, Patience, "the activity service to know the alliance and the PI's scope to hold it");
        return new ActivityPagesData(system, pi, alliance);
    }

    /// <summary>A firm member with one paid contract from <paramref name="start"/> to <paramref name="end"/>, once activity's copy holds both.</summary>
    public async Task<(Guid MemberId, Guid ContractId, long ContractVersion)> AddFirmAsync(string name, string start, string end)
    {
        using var added = await pi.Client.PostAsJsonAsync(alliance.MembersPath, MemberBodies.TaiwanCompany("臺北市", name), Cancel);
        Assert.True(added.StatusCode == HttpStatusCode.Created, await added.Content.ReadAsStringAsync(Cancel));
        var memberId = (await added.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetGuid();
        using var contract = await pi.Client.PostAsJsonAsync($"{alliance.MembersPath}/{memberId}/contracts", new { start, end, paid = true, fee = 60000 }, Cancel);
        Assert.True(contract.StatusCode == HttpStatusCode.Created, await contract.Content.ReadAsStringAsync(Cancel));
        var body = await contract.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        await WaitForMemberCopyAsync(memberId, 2);
        return (memberId, body.GetProperty("id").GetGuid(), body.GetProperty("version").GetInt64());
    }

    /// <summary>Ends the member's contract on <paramref name="end"/> (as the PI would), once activity's copy holds it.</summary>
    public async Task ShortenContractAsync(Guid memberId, Guid contractId, long version, string start, string end)
    {
        using var changed = await pi.Client.PutAsJsonAsync($"{alliance.MembersPath}/{memberId}/contracts/{contractId}",
            new { start, end, paid = true, fee = 60000, version }, Cancel);
        Assert.True(changed.IsSuccessStatusCode, await changed.Content.ReadAsStringAsync(Cancel));
        await WaitForMemberCopyAsync(memberId, 3);
    }

    /// <summary>Waits until activity's copy of the member holds membership's state <paramref name="version"/> (or newer).</summary>
    private Task WaitForMemberCopyAsync(Guid memberId, long version) =>
        Eventually.Until(() => MemberCopyVersionAsync(memberId), seen => seen >= version, Patience, $"activity's copy of member {memberId} at version {version}");

    private async Task<long> MemberCopyVersionAsync(Guid memberId)
    {
        await using var connection = new NpgsqlConnection(await system.ConnectionStringAsync(ResourceNames.ActivityDb));
        await connection.OpenAsync(Cancel);
        await using var command = new NpgsqlCommand("SELECT source_version FROM roster_members WHERE member_id = @id", connection);
        command.Parameters.AddWithValue("id", memberId);
        return await command.ExecuteScalarAsync(Cancel) is long version ? version : 0;
    }
}
