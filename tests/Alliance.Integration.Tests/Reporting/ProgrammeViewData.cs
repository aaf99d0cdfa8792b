using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.Infrastructure;

namespace Alliance.Integration.Tests.Reporting;

/// <summary>
/// A small programme of a fresh domain in the past year 108 (and 107 before it), built through the services' own APIs, so that no
/// other test's alliances fall in its rows: each alliance with its subsidies, incomes, members and targets.
/// </summary>
public sealed class ProgrammeViewData(SystemFixture system)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public HttpClient Admin => system.Admin;

    /// <summary>A new domain of membership's list, with a test's prefix.</summary>
    public async Task<string> DomainAsync()
    {
        var code = TestDomains.NewCode();
        using var added = await Admin.PostAsJsonAsync("/api/membership/domains", new { code, nameZh = "總覽測試領域", nameEn = "Programme test domain", sortOrder = 95 }, Cancel);
        Assert.True(added.StatusCode == HttpStatusCode.Created, await added.Content.ReadAsStringAsync(Cancel));
        return code;
    }

    public async Task SubsidyAsync(ReportingAlliance alliance, int year, decimal amount)
    {
        using var set = await Admin.PutAsJsonAsync($"/api/revenue/alliances/{alliance.Id}/subsidies/{year}", new { amount }, Cancel);
        Assert.True(set.StatusCode == HttpStatusCode.OK, await set.Content.ReadAsStringAsync(Cancel));
    }

    /// <summary>Other income (seminar fees) of <paramref name="year"/>, accepted at once: its counterparty need be no member.</summary>
    public static async Task OtherIncomeAsync(ReportingAlliance alliance, int year, string date, decimal amount)
    {
        using var recorded = await alliance.Pi.PostAsJsonAsync($"/api/revenue/alliances/{alliance.Id}/incomes",
            new { year, category = "other", counterpartyName = "研討會學員", counterpartyKind = "natural-person", date, amount, nature = "seminar-fee" }, Cancel);
        var text = await recorded.Content.ReadAsStringAsync(Cancel);
        Assert.True(recorded.StatusCode == HttpStatusCode.Created, text);
        Assert.Equal("accepted", JsonDocument.Parse(text).RootElement.GetProperty("status").GetString());
    }

    /// <summary>Firm members (Taiwan companies) with a paid contract spanning 108's cutoff (2019-10-31).</summary>
    public static async Task FirmMembersAsync(ReportingAlliance alliance, int count)
    {
        var members = $"/api/membership/alliances/{alliance.Id}/members";
        for (var i = 0; i < count; i++)
        {
            using var created = await alliance.Pi.PostAsJsonAsync(members, MemberBodies.TaiwanCompany("臺中市"), Cancel);
            Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Cancel));
            var memberId = (await created.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetGuid();
            using var contract = await alliance.Pi.PostAsJsonAsync($"{members}/{memberId}/contracts",
                new { start = "2019-01-01", end = "2019-12-31", paid = true, fee = 50000 }, Cancel);
            Assert.True(contract.StatusCode == HttpStatusCode.Created, await contract.Content.ReadAsStringAsync(Cancel));
        }
    }

    /// <summary>Flags the alliance abnormal through site-visit, once site-visit's roster knows it.</summary>
    public async Task FlagAbnormalAsync(ReportingAlliance alliance, string reason) =>
        await Eventually.Until(async () =>
        {
            using var flagged = await Admin.PostAsJsonAsync("/api/site-visits/abnormal", new { allianceId = alliance.Id, reason }, Cancel);
            return flagged.StatusCode == HttpStatusCode.Created;
        }, ReportingAlliance.Patience, "site-visit to learn of the alliance and flag it");

    /// <summary>The year's list of the domain's alliances, by code, as the centre reads it (<paramref name="query"/> adds filters).</summary>
    public async Task<Dictionary<string, JsonElement>> ListAsync(string domainCode, string query = "", HttpClient? client = null)
    {
        var list = await (client ?? Admin).GetFromJsonAsync<JsonElement>($"/api/reporting/programme/alliances?year=108&domainCode={domainCode}{query}", Cancel);
        return list.GetProperty("alliances").EnumerateArray().ToDictionary(a => a.GetProperty("code").GetString()!, a => a.Clone());
    }

    public static string[] Flags(JsonElement alliance) =>
        alliance.GetProperty("flags").EnumerateArray().Select(f => $"{f.GetProperty("code").GetString()} {Number(f, "actual")}/{Number(f, "threshold")}").ToArray();

    private static string Number(JsonElement element, string name) =>
        element.GetProperty(name).ValueKind == JsonValueKind.Null ? "" : element.GetProperty(name).GetDecimal().ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
