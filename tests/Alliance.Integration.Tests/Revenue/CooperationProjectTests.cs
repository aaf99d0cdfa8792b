using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.Infrastructure;

namespace Alliance.Integration.Tests.Revenue;

/// <summary>
/// The special case end to end: a PI records a cooperation project on the core technology with a
/// firm that is not a member; membership's summary then counts that firm as a free effective firm
/// member over the project's period; voiding the entry takes the membership away.
/// </summary>
public sealed class CooperationProjectTests(SystemFixture system)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CooperationSignedByThePi_WithANonMember_MakesItAnEffectiveFirmMember_UntilVoided()
    {
        var alliance = await RevenueAlliance.CreateAsync(system);
        var firm = $"合作新創-{Guid.NewGuid():N}"[..14];
        var entry = await alliance.RecordOkAsync(new
        {
            year = 108, category = "industry-academia-cooperation", counterpartyName = firm,
            counterpartyRegistrationNumber = MemberBodies.UniqueRegistrationNumber(), counterpartyKind = "taiwan-company",
            counterpartyCounty = "台中市", date = "2019-06-01", amount = 2_000_000m, reference = "IAC-108-7",
            periodStart = "2019-07-01", periodEnd = "2020-06-30", concernsCoreTechnology = true, signedByPi = true,
        });
        Assert.Equal("accepted", entry.GetProperty("status").GetString());

        var member = await StandingAsync(alliance, firm, m => m.GetProperty("isEffectiveFirmMember").GetBoolean());
        Assert.False(member.GetProperty("paid").GetBoolean());
        Assert.Equal("central", member.GetProperty("region").GetString());

        using var voided = await alliance.Pi.PostAsJsonAsync($"{alliance.Incomes}/{entry.GetProperty("id").GetGuid()}/void",
            new { reason = "計畫撤銷", version = entry.GetProperty("version").GetInt64() }, Cancel);
        Assert.Equal(HttpStatusCode.OK, voided.StatusCode);
        var after = await StandingAsync(alliance, firm, m => !m.GetProperty("isEffectiveFirmMember").GetBoolean());
        Assert.Equal(["no-contract"], after.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!).ToArray());
    }

    private static async Task<JsonElement> StandingAsync(RevenueAlliance alliance, string name, Func<JsonElement, bool> condition) =>
        await Eventually.Until(async () =>
        {
            var summary = await alliance.Pi.GetFromJsonAsync<JsonElement>($"/api/membership/alliances/{alliance.Id}/member-summary?year=108", Cancel);
            return summary.GetProperty("members").EnumerateArray().FirstOrDefault(m => m.GetProperty("name").GetString() == name);
        }, member => member.ValueKind == JsonValueKind.Object && condition(member), RevenueAlliance.Patience, $"{name} in membership's summary");
}
