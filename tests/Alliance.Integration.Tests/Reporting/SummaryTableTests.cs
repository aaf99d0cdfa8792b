using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Alliance.Integration.Tests.Activity;
using Alliance.Integration.Tests.Infrastructure;
using Alliance.Integration.Tests.Revenue;

namespace Alliance.Integration.Tests.Reporting;

/// <summary>
/// The worked example of the summary table, written out by hand: one alliance in year 108, round 108-progress-2
/// (quarterly 2019-05-01..07-31; cumulative 2019-02-01..07-31, with January's contracts counted on 02-01), its members,
/// incomes and activities recorded through their own services and counted by reporting from its copies.
/// </summary>
public sealed partial class SummaryTableTests(SystemFixture system)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private const string Round = "108-progress-2";

    // Members at the cutoff 2019-10-31:
    //   南部 firm, paid contract 2019-01-01..2019-12-31 → counts, paid, south
    //   中部 firm, free contract 2019-01-01..2020-01-31 → counts, free, central
    //   firm whose contract ends 2019-06-30 → contract-ends-before-cutoff
    //   firm whose contract starts 2019-11-01 → contract-starts-after-cutoff
    //   firm without a contract → no-contract
    //   natural person, contract spanning the cutoff → an individual member (not-a-firm)
    //   a firm removed from the alliance (its fee flagged) → listed nowhere
    private static readonly JsonObject FirmMembers = new()
    {
        ["total"] = 2, ["paid"] = 1, ["free"] = 1, ["north"] = 0, ["central"] = 1, ["south"] = 1, ["east"] = 0, ["islandsAndOverseas"] = 0,
    };

    private static readonly JsonObject NoFirmMembers = new()
    {
        ["total"] = 0, ["paid"] = 0, ["free"] = 0, ["north"] = 0, ["central"] = 0, ["south"] = 0, ["east"] = 0, ["islandsAndOverseas"] = 0,
    };

    // Incomes of 108 (subsidy 5,000,000):
    //   fees 300,000 (03-15) + 100,000 (05-20); the removed member's fee 80,000 (05-10) is flagged and never counts
    //   technical services 200,000 (04-10) + 450,000 (06-10); transfer 1,200,000 signed 2019-01-15 (counts on 02-01)
    //   cooperation with the south firm 2,000,000 (06-01, counted 30 % = 600,000; it stays one paid member); other (seminar fees) 50,000 (07-15)
    // quarterly: recurring 100,000 + 450,000 + 50,000 = 600,000; operating 600,000 + 600,000 = 1,200,000; ratio 0.2400
    // cumulative: recurring 400,000 + 650,000 + 50,000 = 1,100,000; operating 1,100,000 + 1,200,000 + 600,000 = 2,900,000; ratio 0.5800
    // Activities of 108: promotion 03-01; seminar 05-10; consultation 06-01; guidance 04-01; product 06-01; technology 07-01;
    //   patent application 07-01, grant 03-15; 3 new hires 05-01; output value 250,000.50 on 09-01 (outside both tables)
    private static readonly (string Kpi, JsonNode? Actual)[] Quarterly =
    [
        ("firm-members", FirmMembers), ("individual-members", 1), ("other-members", 0),
        ("recurring-operating-revenue", new JsonObject { ["amount"] = 600_000, ["fees"] = 100_000, ["services"] = 450_000, ["other"] = 50_000 }),
        ("technology-transfer", 0), ("industry-academia-cooperation", new JsonObject { ["amount"] = 2_000_000, ["counted"] = 600_000 }),
        ("operating-revenue", 1_200_000), ("self-sufficiency-ratio", 0.24m),
        ("promotion-events", 0), ("technical-seminars", 1), ("consultations", 1), ("on-site-guidance", 0), ("new-products", 1), ("new-technologies", 1),
        ("patents", new JsonObject { ["total"] = 1, ["applied"] = 1, ["granted"] = 0 }), ("technical-service-cases", 1), ("new-hires", 3), ("derived-output-value", 0),
    ];

    private static readonly (string Kpi, JsonNode? Actual)[] Cumulative =
    [
        ("firm-members", FirmMembers), ("individual-members", 1), ("other-members", 0),
        ("recurring-operating-revenue", new JsonObject { ["amount"] = 1_100_000, ["fees"] = 400_000, ["services"] = 650_000, ["other"] = 50_000 }),
        ("technology-transfer", 1_200_000), ("industry-academia-cooperation", new JsonObject { ["amount"] = 2_000_000, ["counted"] = 600_000 }),
        ("operating-revenue", 2_900_000), ("self-sufficiency-ratio", 0.58m),
        ("promotion-events", 1), ("technical-seminars", 1), ("consultations", 1), ("on-site-guidance", 1), ("new-products", 1), ("new-technologies", 1),
        ("patents", new JsonObject { ["total"] = 2, ["applied"] = 1, ["granted"] = 1 }), ("technical-service-cases", 2), ("new-hires", 3), ("derived-output-value", 0),
    ];

    /// <summary>Year 107 has no records: every figure 0, and no ratio without a subsidy.</summary>
    private static readonly (string Kpi, JsonNode? Actual)[] LastYear =
    [
        ("firm-members", NoFirmMembers), ("individual-members", 0), ("other-members", 0),
        ("recurring-operating-revenue", new JsonObject { ["amount"] = 0, ["fees"] = 0, ["services"] = 0, ["other"] = 0 }),
        ("technology-transfer", 0), ("industry-academia-cooperation", new JsonObject { ["amount"] = 0, ["counted"] = 0 }),
        ("operating-revenue", 0), ("self-sufficiency-ratio", null),
        ("promotion-events", 0), ("technical-seminars", 0), ("consultations", 0), ("on-site-guidance", 0), ("new-products", 0), ("new-technologies", 0),
        ("patents", new JsonObject { ["total"] = 0, ["applied"] = 0, ["granted"] = 0 }), ("technical-service-cases", 0), ("new-hires", 0), ("derived-output-value", 0),
    ];

    [Fact]
    public async Task Summary_WorkedExample_QuarterlyAndCumulativeAsWrittenByHand_InJsonAndExcel_AndEveryActualOpensToItsRecords()
    {
        var alliance = await ReportingAlliance.CreateAsync(system);
        var example = await RecordExampleAsync(alliance);
        var summary = $"/api/reporting/alliances/{alliance.Id}/rounds/{Round}/summary";

        // The events reach reporting in their own time: wait until the cumulative table is the one written above, whole.
        var cumulative = await Eventually.Until(() => alliance.Pi.GetFromJsonAsync<JsonElement>($"{summary}?view=cumulative", Cancel),
            table => Actuals(table).SequenceEqual(Shown(Cumulative)), TimeSpan.FromSeconds(60), "reporting's copies to hold the worked example");
        var quarterly = await alliance.Pi.GetFromJsonAsync<JsonElement>($"{summary}?view=quarterly", Cancel);

        Assert.Equal(Shown(Quarterly), Actuals(quarterly));
        Assert.Equal(Shown(LastYear), Shown(quarterly, "lastYear"));
        Assert.Equal(Shown(LastYear), Shown(cumulative, "lastYear"));
        Assert.Equal((alliance.Id, Round, "cumulative", "not-started", 0L),
            (cumulative.GetProperty("allianceId").GetGuid(), cumulative.GetProperty("roundId").GetString(), cumulative.GetProperty("view").GetString(),
             cumulative.GetProperty("status").GetString(), cumulative.GetProperty("version").GetInt64()));
        await AssertWorkbookAsync(alliance, "quarterly", Quarterly, LastYear);
        await AssertWorkbookAsync(alliance, "cumulative", Cumulative, LastYear);
        Assert.All(quarterly.GetProperty("rows").EnumerateArray(), row => Assert.Equal(
            (JsonValueKind.Null, JsonValueKind.Null, JsonValueKind.Null),
            (row.GetProperty("target").ValueKind, row.GetProperty("submittedActual").ValueKind, row.GetProperty("variance").ValueKind)));

        // The drill-down: each member with whether and why it counts, the entries and the records, each with its path.
        var members = await RecordsAsync(alliance, "firm-members", "cumulative");
        Assert.Equal(
            example.Members.OrderBy(m => m.Id).Select(m => (m.Id, m.Counts, m.Reasons)),
            members.Select(m => (m.GetProperty("id").GetGuid(), m.GetProperty("counts").GetBoolean(),
                string.Join(",", m.GetProperty("reasons").EnumerateArray().Select(r => r.GetString())))).OrderBy(m => m.Item1));
        Assert.All(members, m => Assert.Equal($"/api/membership/alliances/{alliance.Id}/members/{m.GetProperty("id").GetGuid()}", m.GetProperty("path").GetString()));

        var recurring = await RecordsAsync(alliance, "recurring-operating-revenue", "quarterly");
        Assert.Equal(new[] { 100_000m, 450_000m, 50_000m }, recurring.Select(r => r.GetProperty("amount").GetDecimal()));
        var transfers = await RecordsAsync(alliance, "technology-transfer", "cumulative");
        Assert.Equal([(example.Transfer, $"/api/revenue/alliances/{alliance.Id}/incomes/{example.Transfer}")],
            transfers.Select(r => (r.GetProperty("id").GetGuid(), r.GetProperty("path").GetString())));
        var patents = await RecordsAsync(alliance, "patents", "cumulative");
        Assert.Equal(["patent-grant", "patent-application"], patents.Select(r => r.GetProperty("kind").GetString()));
        Assert.All(patents, p => Assert.Equal($"/api/activity/alliances/{alliance.Id}/outcomes/{p.GetProperty("id").GetGuid()}", p.GetProperty("path").GetString()));
        var seminars = await RecordsAsync(alliance, "technical-seminars", "quarterly");
        Assert.Equal([$"/api/activity/alliances/{alliance.Id}/events/{example.Seminar}"], seminars.Select(s => s.GetProperty("path").GetString()));
    }

    [Fact]
    public async Task Summary_AnotherAlliancesPi_UnknownRoundRowOrView_AreRefused()
    {
        var alliance = await ReportingAlliance.CreateAsync(system);
        var other = await ReportingAlliance.CreateAsync(system);
        var root = $"/api/reporting/alliances/{alliance.Id}/rounds";

        using var othersPi = await other.Pi.GetAsync($"{root}/{Round}/summary", Cancel);
        using var othersRecords = await other.Pi.GetAsync($"{root}/{Round}/rows/patents/records", Cancel);
        using var unknownKind = await alliance.Pi.GetAsync($"{root}/108-kpi-9/summary", Cancel);
        using var malformed = await alliance.Pi.GetAsync($"{root}/kpi-1/summary", Cancel);
        using var badView = await alliance.Pi.GetAsync($"{root}/{Round}/summary?view=monthly", Cancel);
        using var unknownRow = await alliance.Pi.GetAsync($"{root}/{Round}/rows/profit/records", Cancel);

        Assert.Equal(
            [HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.NotFound, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.NotFound],
            new[] { othersPi, othersRecords, unknownKind, malformed, badView, unknownRow }.Select(r => r.StatusCode));
        Assert.Contains("roundId", (await malformed.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Contains("view", (await badView.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    private sealed record Example(IReadOnlyList<(Guid Id, bool Counts, string Reasons)> Members, Guid Transfer, Guid Seminar);

    private async Task<Example> RecordExampleAsync(ReportingAlliance alliance)
    {
        var members = $"/api/membership/alliances/{alliance.Id}/members";
        var incomes = $"/api/revenue/alliances/{alliance.Id}/incomes";
        var activity = $"/api/activity/alliances/{alliance.Id}";
        var south = await AddMemberAsync(alliance, MemberBodies.TaiwanCompany("臺南市"), ("2019-01-01", "2019-12-31", true));
        var central = await AddMemberAsync(alliance, MemberBodies.TaiwanCompany("臺中市"), ("2019-01-01", "2020-01-31", false));
        var endsBefore = await AddMemberAsync(alliance, MemberBodies.TaiwanCompany("臺北市"), ("2019-01-01", "2019-06-30", true));
        var startsAfter = await AddMemberAsync(alliance, MemberBodies.TaiwanCompany("臺北市"), ("2019-11-01", "2020-10-31", true));
        var noContract = await AddMemberAsync(alliance, MemberBodies.TaiwanCompany("花蓮縣"));
        var person = await AddMemberAsync(alliance, new { name = $"陳個人 {Guid.NewGuid():N}"[..10], organisationKind = "natural-person" }, ("2019-01-01", "2019-12-31", true));
        var removed = await AddMemberAsync(alliance, MemberBodies.TaiwanCompany("臺南市"), ("2019-01-01", "2019-12-31", true));
        await RevenueAlliance.WaitForMemberCopyAsync(system, removed, 2);
        await RevenueAlliance.WaitForMemberCopyAsync(system, south, 2);

        await PostOkAsync(alliance, incomes, IncomeBodies.Fee(south, "2019-03-15", 300_000m));
        await PostOkAsync(alliance, incomes, IncomeBodies.Fee(south, "2019-05-20", 100_000m));
        var flagged = await PostOkAsync(alliance, incomes, IncomeBodies.Fee(removed, "2019-05-10", 80_000m));
        await PostOkAsync(alliance, incomes, IncomeBodies.Service(date: "2019-04-10", amount: 200_000m));
        await PostOkAsync(alliance, incomes, IncomeBodies.Service(date: "2019-06-10", amount: 450_000m));
        var transfer = await PostOkAsync(alliance, incomes, IncomeBodies.Transfer(south, "2019-01-15", 1_200_000m));
        await PostOkAsync(alliance, incomes, IncomeBodies.Cooperation(core: true, pi: true, date: "2019-06-01", amount: 2_000_000m, memberId: south));
        await PostOkAsync(alliance, incomes, IncomeBodies.Other(date: "2019-07-15", amount: 50_000m));
        using (var subsidy = await system.Admin.PutAsJsonAsync($"/api/revenue/alliances/{alliance.Id}/subsidies/108", new { amount = 5_000_000m }, Cancel))
        {
            Assert.True(subsidy.StatusCode == HttpStatusCode.OK, await subsidy.Content.ReadAsStringAsync(Cancel));
        }

        var read = await alliance.Pi.GetFromJsonAsync<JsonElement>($"{members}/{removed}", Cancel);
        using (var removal = await alliance.Pi.DeleteAsync($"{members}/{removed}?version={read.GetProperty("version").GetInt64()}", Cancel))
        {
            Assert.True(removal.IsSuccessStatusCode, await removal.Content.ReadAsStringAsync(Cancel));
        }

        await Eventually.Until(() => alliance.Pi.GetFromJsonAsync<JsonElement>($"{incomes}/{flagged}", Cancel),
            e => e.GetProperty("status").GetString() == "flagged", TimeSpan.FromSeconds(30), "the removed member's fee to be flagged");

        await WaitForActivityMemberAsync(south);
        await PostOkAsync(alliance, $"{activity}/events", ActivityBodies.Event(kind: "promotion", date: "2019-03-01", title: "聯盟推廣說明會"));
        var seminar = await PostOkAsync(alliance, $"{activity}/events", ActivityBodies.Event(kind: "seminar", date: "2019-05-10"));
        await PostOkAsync(alliance, $"{activity}/consultations", ActivityBodies.Service(south, "2019-06-01"));
        await PostOkAsync(alliance, $"{activity}/guidance", ActivityBodies.Service(south, "2019-04-01"));
        await PostOkAsync(alliance, $"{activity}/outcomes", ActivityBodies.Product(south, "2019-06-01"));
        await PostOkAsync(alliance, $"{activity}/outcomes", ActivityBodies.Product(south, "2019-07-01", kind: "new-technology"));
        await PostOkAsync(alliance, $"{activity}/outcomes", ActivityBodies.Patent(south, "patent-application", date: "2019-07-01"));
        await PostOkAsync(alliance, $"{activity}/outcomes", ActivityBodies.Patent(south, "patent-grant", date: "2019-03-15"));
        await PostOkAsync(alliance, $"{activity}/outcomes", ActivityBodies.Hires(south, 3, "2019-05-01"));
        await PostOkAsync(alliance, $"{activity}/outcomes", ActivityBodies.OutputValue(south, 250_000.50m, "2019-09-01"));

        return new Example(
        [
            (south, true, ""), (central, true, ""), (endsBefore, false, "contract-ends-before-cutoff"), (startsAfter, false, "contract-starts-after-cutoff"),
            (noContract, false, "no-contract"), (person, false, "not-a-firm"),
        ], transfer, seminar);
    }

    private static async Task<Guid> AddMemberAsync(ReportingAlliance alliance, object body, params (string Start, string End, bool Paid)[] contracts)
    {
        var members = $"/api/membership/alliances/{alliance.Id}/members";
        using var created = await alliance.Pi.PostAsJsonAsync(members, body, Cancel);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Cancel));
        var memberId = (await created.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetGuid();
        foreach (var (start, end, paid) in contracts)
        {
            using var contract = await alliance.Pi.PostAsJsonAsync($"{members}/{memberId}/contracts", new { start, end, paid, fee = paid ? 50000 : 0 }, Cancel);
            Assert.True(contract.StatusCode == HttpStatusCode.Created, await contract.Content.ReadAsStringAsync(Cancel));
        }

        return memberId;
    }

    /// <summary>Activity decides a record naming a member it has not heard of as pending: wait until its copy knows the member's contract.</summary>
    private async Task WaitForActivityMemberAsync(Guid memberId)
    {
        await using var connection = new Npgsql.NpgsqlConnection(await system.ConnectionStringAsync(Alliance.ServiceDefaults.ResourceNames.ActivityDb));
        await connection.OpenAsync(Cancel);
        await Eventually.Until(async () =>
        {
            await using var command = new Npgsql.NpgsqlCommand("SELECT source_version FROM roster_members WHERE member_id = @id", connection);
            command.Parameters.AddWithValue("id", memberId);
            return await command.ExecuteScalarAsync(Cancel) is long version ? version : 0;
        }, version => version >= 2, TimeSpan.FromSeconds(30), $"activity's copy of member {memberId}");
    }

    private static async Task<Guid> PostOkAsync(ReportingAlliance alliance, string path, object body)
    {
        using var response = await alliance.Pi.PostAsJsonAsync(path, body, Cancel);
        var text = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{path}: {(int)response.StatusCode} {text}");
        var record = JsonDocument.Parse(text).RootElement;
        Assert.Equal("accepted", record.GetProperty("status").GetString());
        return record.GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement[]> RecordsAsync(ReportingAlliance alliance, string kpi, string view)
    {
        var page = await alliance.Pi.GetFromJsonAsync<JsonElement>($"/api/reporting/alliances/{alliance.Id}/rounds/{Round}/rows/{kpi}/records?view={view}", Cancel);
        return page.GetProperty("records").EnumerateArray().ToArray();
    }

    /// <summary>Each row's figure as compact JSON, numbers normalised (600000 and 600000.00 read alike).</summary>
    private static string[] Shown((string Kpi, JsonNode? Actual)[] rows) => rows.Select(r => $"{r.Kpi}={Normalised(r.Actual?.ToJsonString() ?? "null")}").ToArray();

    private static string[] Actuals(JsonElement table) => Shown(table, "actual");

    private static string[] Shown(JsonElement table, string figure) =>
        table.GetProperty("rows").EnumerateArray().Select(r => $"{r.GetProperty("kpi").GetString()}={Normalised(r.GetProperty(figure).GetRawText())}").ToArray();

    private static string Normalised(string json) => Normalise(JsonNode.Parse(json))?.ToJsonString() ?? "null";

    private static JsonNode? Normalise(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, Normalise(p.Value)))),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => JsonValue.Create(decimal.Parse(v.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture) / 1.0000000000000000000000000000m),
        _ => node?.DeepClone(),
    };
}
