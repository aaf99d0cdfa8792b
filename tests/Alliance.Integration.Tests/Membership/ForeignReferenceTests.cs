using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.Infrastructure;

namespace Alliance.Integration.Tests.Membership;

/// <summary>
/// An id in a membership body must be the alliance's own: a contract naming another alliance's fee
/// tier is a 422 naming feeTierId, on adding and on changing, and changes nothing. (Contracts are the
/// only membership bodies that carry an id; a sheet names tiers by name, within the alliance.)
/// </summary>
public sealed class ForeignReferenceTests(SystemFixture system)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Contract_AnotherAlliancesFeeTier_Answers422NamingFeeTierIdAndChangesNothing()
    {
        var (pi, members) = await TestAlliances.WithNewPiAsync(system);
        var (otherPi, otherMembers) = await TestAlliances.WithNewPiAsync(system);
        var foreignTier = await NewTierAsync(otherPi, otherMembers);
        var ownTier = await NewTierAsync(pi, members);
        using var added = await pi.PostAsJsonAsync(members, MemberBodies.TaiwanCompany(), Cancel);
        var memberId = (await added.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetGuid();
        var contracts = $"{members}/{memberId}/contracts";

        using var foreignAdd = await pi.PostAsJsonAsync(contracts, Contract(foreignTier, 0), Cancel);
        await AssertRefusedAsync(foreignAdd);

        using var ownAdd = await pi.PostAsJsonAsync(contracts, Contract(ownTier, 0), Cancel);
        Assert.Equal(HttpStatusCode.Created, ownAdd.StatusCode);
        var contract = await ownAdd.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        using var foreignChange = await pi.PutAsJsonAsync($"{contracts}/{contract.GetProperty("id").GetGuid()}",
            Contract(foreignTier, contract.GetProperty("version").GetInt64()), Cancel);
        await AssertRefusedAsync(foreignChange);

        var stored = await pi.GetFromJsonAsync<JsonElement>($"{members}/{memberId}", Cancel);
        Assert.Equal([ownTier], stored.GetProperty("contracts").EnumerateArray().Select(c => c.GetProperty("feeTierId").GetGuid()));
    }

    [Fact]
    public async Task AddContract_PaidWithAFeeThatRoundsToNothing_Answers422OnFee()
    {
        var (pi, members) = await TestAlliances.WithNewPiAsync(system);
        using var added = await pi.PostAsJsonAsync(members, MemberBodies.TaiwanCompany(), Cancel);
        var memberId = (await added.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetGuid();

        using var response = await pi.PostAsJsonAsync($"{members}/{memberId}/contracts", new { start = "2019-01-01", end = "2019-12-31", paid = true, fee = 0.004m }, Cancel);

        // 422 from the contract rule, or 400 from a shared check of money's decimals: either way refused, naming fee.
        Assert.True(response.StatusCode is HttpStatusCode.UnprocessableEntity or HttpStatusCode.BadRequest, $"{(int)response.StatusCode}");
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors").TryGetProperty("fee", out _));
        Assert.Empty((await pi.GetFromJsonAsync<JsonElement>($"{members}/{memberId}", Cancel)).GetProperty("contracts").EnumerateArray());
    }

    private static object Contract(Guid tierId, long version) => new { start = "2019-01-01", end = "2019-12-31", feeTierId = tierId, paid = true, fee = 30000, version };

    private static async Task<Guid> NewTierAsync(HttpClient pi, string members)
    {
        using var response = await pi.PostAsJsonAsync($"{members[..^"/members".Length]}/fee-tiers",
            new { name = $"分級-{Guid.NewGuid():N}"[..10], yearlyFee = 30000, services = "技術交流" }, Cancel);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetGuid();
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors").TryGetProperty("feeTierId", out _));
    }
}
