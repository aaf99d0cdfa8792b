using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.Infrastructure;
using Alliance.Integration.Tests.Revenue;

namespace Alliance.Integration.Tests.Hardening;

/// <summary>
/// The fuzz test's own records, one of each kind a write endpoint's path names: an alliance (with its
/// PI), a member with a contract, a fee tier, an income entry, the year's subsidy, one record of each
/// activity type, a domain and an account; the programme year and the alliance's targets of it are 108's. Path placeholders are filled with these, so a bad request reaches a record that exists.
/// </summary>
public sealed class FuzzRecords
{
    private const int Year = 108;

    private FuzzRecords(SystemFixture system, RevenueAlliance alliance) => (System, Alliance) = (system, alliance);

    public SystemFixture System { get; }
    public RevenueAlliance Alliance { get; }
    public HttpClient Pi => Alliance.Pi;

    /// <summary>A ministry officer: the caller for the officer's own routes (confirming what the centre recorded).</summary>
    public HttpClient Officer { get; private set; } = null!;

    /// <summary>The value of each path placeholder; a new one needs a record here.</summary>
    public Dictionary<string, string> PathValues { get; } = [];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static async Task<FuzzRecords> CreateAsync(SystemFixture system)
    {
        var records = new FuzzRecords(system, await RevenueAlliance.CreateAsync(system));
        var alliance = records.Alliance;
        var values = records.PathValues;
        values["allianceId"] = alliance.Id.ToString();
        values["year"] = Year.ToString(global::System.Globalization.CultureInfo.InvariantCulture);
        values["roundId"] = $"{Year}-kpi-1";
        values["kpi"] = "firm-members";

        var tier = await records.CreateAsync(alliance.Pi, $"/api/membership/alliances/{alliance.Id}/fee-tiers",
            new { name = $"模糊測試分級 {Guid.NewGuid():N}"[..14], yearlyFee = 30000, services = "設備使用" });
        values["tierId"] = Id(tier);
        var member = await records.CreateAsync(alliance.Pi, alliance.Members, MemberBodies.TaiwanCompany());
        values["memberId"] = Id(member);
        var contract = await records.CreateAsync(alliance.Pi, $"{alliance.Members}/{Id(member)}/contracts",
            new { start = "2019-02-01", end = "2020-01-31", feeTierId = Id(tier), paid = true, fee = 30000 });
        values["contractId"] = Id(contract);
        values["incomeId"] = Id(await alliance.RecordOkAsync(IncomeBodies.Service()));
        await alliance.SetSubsidyAsync(Year, 1_500_000m);
        await records.AddActivitiesAsync();
        await records.AddSiteVisitAsync();
        await Eventually.Until(async () =>
        {
            using var response = await alliance.Pi.GetAsync($"/api/reporting/alliances/{alliance.Id}/years/{Year}/targets", Cancel);
            return response.StatusCode == HttpStatusCode.OK;
        }, RevenueAlliance.Patience, "reporting's roster to include the fuzz alliance");

        var domainCode = TestDomains.NewCode();
        await records.CreateAsync(system.Admin, "/api/membership/domains", new { code = domainCode, nameZh = "模糊測試領域", nameEn = "Fuzz domain", sortOrder = 97 });
        values["code"] = domainCode;
        values["domainCode"] = domainCode;
        values["userName"] = (await new TestAccounts(system).CreateAsync(["reviewer"], reviewerAlliances: [alliance.Id])).UserName;
        records.Officer = (await new TestAccounts(system).CreateAsync(["ministry-officer"])).Client;
        return records;
    }

    /// <summary>
    /// Everything the records are, as the centre reads them (each with its history, which any change
    /// would lengthen); compared before and after the bad requests.
    /// </summary>
    public async Task<Dictionary<string, string>> SnapshotAsync()
    {
        var alliance = $"/api/membership/alliances/{PathValues["allianceId"]}";
        var member = $"{alliance}/members/{PathValues["memberId"]}";
        var income = $"/api/revenue/alliances/{PathValues["allianceId"]}/incomes/{PathValues["incomeId"]}";
        var subsidy = $"/api/revenue/alliances/{PathValues["allianceId"]}/subsidies/{Year}";
        var targets = $"/api/reporting/alliances/{PathValues["allianceId"]}/years/{Year}/targets";
        string[] reads =
        [
            alliance, $"{alliance}/history", $"{alliance}/members", $"{alliance}/fee-tiers",
            $"{alliance}/fee-tiers/{PathValues["tierId"]}/history", $"{member}/history", $"{member}/contracts/{PathValues["contractId"]}/history",
            $"/api/revenue/alliances/{PathValues["allianceId"]}/incomes?year={Year}", $"{income}/history", subsidy, $"{subsidy}/history",
            $"/api/membership/domains/{PathValues["code"]}/history", $"/api/auth/users/{PathValues["userName"]}",
            .. ActivityRecords.SelectMany(r => new[] { ActivityPath(r.Segment, r.IdName), $"{ActivityPath(r.Segment, r.IdName)}/history" }),
            .. SiteVisitReads,
            // Not the year's phase: a test opening the year meanwhile records it, whatever this test sends.
            targets, $"{targets}/history",
            .. RoundReads,
        ];
        var snapshot = new Dictionary<string, string>();
        foreach (var path in reads)
        {
            using var response = await System.Admin.GetAsync(path, Cancel);
            snapshot[path] = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Cancel)}";
        }

        // Only the PI sees these two as its own: its tokens, and the registrations for its alliance.
        foreach (var path in new[] { "/api/auth/personal-tokens", "/api/auth/registrations" })
        {
            using var response = await Pi.GetAsync(path, Cancel);
            snapshot[$"PI {path}"] = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Cancel)}";
        }

        return snapshot;
    }

    /// <summary>The fuzz alliance's visit (with its history, reviewers and forms), abnormal flags and counselling, as the centre reads them.</summary>
    private string[] SiteVisitReads =>
    [
        $"/api/site-visits/visits/{PathValues["visitId"]}", $"/api/site-visits/visits/{PathValues["visitId"]}/history",
        $"/api/site-visits/visits/{PathValues["visitId"]}/reviewers", $"/api/site-visits/visits/{PathValues["visitId"]}/forms",
        $"/api/site-visits/abnormal?allianceId={PathValues["allianceId"]}", $"/api/site-visits/counselling?allianceId={PathValues["allianceId"]}",
    ];

    /// <summary>The fuzz alliance's first round of the year (its texts, narratives and their history) and its mid-term review outcome.</summary>
    private string[] RoundReads
    {
        get
        {
            var round = $"/api/reporting/alliances/{PathValues["allianceId"]}/rounds/{PathValues["roundId"]}";
            var outcome = $"/api/reporting/alliances/{PathValues["allianceId"]}/years/{Year}/review-outcome";
            return [$"{round}/narratives", $"{round}/history", outcome, $"{outcome}/history"];
        }
    }

    private static readonly (string Segment, string IdName)[] ActivityRecords =
        [("events", "eventId"), ("consultations", "consultationId"), ("guidance", "guidanceId"), ("outcomes", "outcomeId")];

    private string ActivityPath(string segment, string idName) => $"/api/activity/alliances/{PathValues["allianceId"]}/{segment}/{PathValues[idName]}";

    /// <summary>
    /// One record of each activity type, once activity's roster knows the alliance. They name a member no
    /// one will describe, so they stay pending: a member copy arriving mid-run cannot change them.
    /// </summary>
    private async Task AddActivitiesAsync()
    {
        var memberId = Guid.NewGuid();
        var root = $"/api/activity/alliances/{Alliance.Id}";
        await Eventually.Until(async () =>
        {
            using var response = await Pi.GetAsync($"{root}/events?year={Year}", Cancel);
            return response.StatusCode == HttpStatusCode.OK;
        }, RevenueAlliance.Patience, "activity's roster to include the fuzz alliance");
        var service = new { year = Year, date = "2019-05-01", memberId, topic = "模糊測試諮詢", hours = 2 };
        PathValues["eventId"] = Id(await CreateAsync(Pi, $"{root}/events",
            new { year = Year, kind = "seminar", date = "2019-05-01", title = "模糊測試研討會", place = "臺南", role = "hosted", attendees = 30, firmAttendees = 10 }));
        PathValues["consultationId"] = Id(await CreateAsync(Pi, $"{root}/consultations", service));
        PathValues["guidanceId"] = Id(await CreateAsync(Pi, $"{root}/guidance", service));
        PathValues["outcomeId"] = Id(await CreateAsync(Pi, $"{root}/outcomes",
            new { year = Year, kind = "patent-application", date = "2019-05-01", memberId, title = "模糊測試專利", patentNumber = "TW1080001", country = "TW", owner = "member" }));
    }

    /// <summary>A visit of the fuzz alliance, scheduled by the centre once site-visit's roster knows the alliance (until then it is refused as unknown).</summary>
    private async Task AddSiteVisitAsync()
    {
        var body = new { allianceId = Alliance.Id, year = Year, startsAt = "2019-05-15T10:00:00+08:00", place = "模糊測試查訪地點" };
        var visit = await Eventually.Until(async () =>
        {
            using var response = await System.Admin.PostAsJsonAsync("/api/site-visits/visits", body, Cancel);
            return response.StatusCode == HttpStatusCode.Created ? await response.Content.ReadFromJsonAsync<JsonElement>(Cancel) : default;
        }, created => created.ValueKind == JsonValueKind.Object, RevenueAlliance.Patience, "site-visit's roster to include the fuzz alliance");
        PathValues["visitId"] = Id(visit);
    }

    private async Task<JsonElement> CreateAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(path, body, Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{path}: {await response.Content.ReadAsStringAsync(Cancel)}");
        return await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
    }

    private static string Id(JsonElement record) => record.GetProperty("id").GetGuid().ToString();
}
