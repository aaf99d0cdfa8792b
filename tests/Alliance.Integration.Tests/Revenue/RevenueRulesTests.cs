using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.Infrastructure;

namespace Alliance.Integration.Tests.Revenue;

/// <summary>Income entries through the gateway: refusals with their rule, corrections and voids with history, stale versions.</summary>
public sealed class RevenueRulesTests(SystemFixture system)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RecordIncome_BrokenRules_Are422WithTheRulesCodeAndField()
    {
        var alliance = await RevenueAlliance.CreateAsync(system);
        var cases = new (object Body, string Code, string Field)[]
        {
            (new { year = 108, category = "technology-transfer", counterpartyName = "非會員公司", counterpartyKind = "taiwan-company", date = "2019-05-01", amount = 100000 },
                "counterparty-not-a-firm-member", "counterpartyMemberId"),
            (IncomeBodies.Cooperation(core: true, pi: false), "cooperation-needs-core-technology-and-pi", "signedByPi"),
            (IncomeBodies.Cooperation(core: true, pi: true, date: "2018-12-31"), "signed-outside-contract-window", "date"),
            (IncomeBodies.Cooperation(core: true, pi: true, date: "2020-02-01"), "signed-outside-contract-window", "date"),
            (IncomeBodies.Service(kind: "natural-person"), "counterparty-not-a-firm", "counterpartyKind"),
            (IncomeBodies.Service(date: "2019-01-31"), "date-outside-programme-year", "date"),
            (new { year = 108, category = "membership-fee", counterpartyName = "路人甲公司", counterpartyKind = "taiwan-company", date = "2019-05-01", amount = 1000 },
                "counterparty-not-a-member", "counterpartyMemberId"),
            (IncomeBodies.Other(nature: "ministry-subsidy"), "excluded-nature", "nature"),
            (IncomeBodies.Other(nature: "donated-equipment"), "excluded-nature", "nature"),
            (IncomeBodies.Other(date: "2020-02-01"), "date-outside-programme-year", "date"),
        };

        var outcomes = new List<string>();
        foreach (var (body, _, _) in cases)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, alliance.Incomes) { Content = JsonContent.Create(body) };
            request.Headers.AcceptLanguage.ParseAdd("en");
            using var response = await alliance.Pi.SendAsync(request, Cancel);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
            var field = problem.TryGetProperty("errors", out var errors) ? string.Join(',', errors.EnumerateObject().Select(e => e.Name)) : "";
            outcomes.Add($"{(int)response.StatusCode} {problem.GetProperty("code").GetString()} {field}");
        }

        Assert.Equal(cases.Select(c => $"422 {c.Code} {c.Field}"), outcomes);
        var listed = await alliance.Pi.GetFromJsonAsync<JsonElement[]>($"{alliance.Incomes}?year=108", Cancel);
        Assert.Empty(listed!);
    }

    [Fact]
    public async Task RecordIncome_RefusalMessage_NamesTheRuleInTheCallersLanguage()
    {
        var alliance = await RevenueAlliance.CreateAsync(system);
        using var request = new HttpRequestMessage(HttpMethod.Post, alliance.Incomes) { Content = JsonContent.Create(IncomeBodies.Other(nature: "university-equipment")) };
        request.Headers.AcceptLanguage.ParseAdd("zh-TW");
        using var response = await alliance.Pi.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Contains("學校提供之設備", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task RecordIncome_MalformedFields_Are400NamingEachField()
    {
        var alliance = await RevenueAlliance.CreateAsync(system);
        using var response = await alliance.RecordAsync(new
        {
            year = 108, category = "industry-academia-cooperation", counterpartyName = "", counterpartyCounty = "火星市",
            counterpartyRegistrationNumber = "12345678", date = "2019-05-01", amount = -5, periodStart = "2019-07-01",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors");
        Assert.Equal(
            ["amount", "concernsCoreTechnology", "counterpartyCounty", "counterpartyKind", "counterpartyName", "counterpartyRegistrationNumber", "periodStart", "signedByPi"],
            errors.EnumerateObject().Select(e => e.Name).Order());
    }

    [Fact]
    public async Task CorrectAndVoid_KeepReasonsHistoryAndEvents_AndAVoidedEntryCannotChange()
    {
        var alliance = await RevenueAlliance.CreateAsync(system);
        var recorded = await alliance.RecordOkAsync(IncomeBodies.Service());
        var id = recorded.GetProperty("id").GetGuid();
        Assert.Equal(("accepted", 1L, "臺南市"), (recorded.GetProperty("status").GetString(), recorded.GetProperty("version").GetInt64(), recorded.GetProperty("counterpartyCounty").GetString()));

        using var corrected = await alliance.Pi.PutAsJsonAsync($"{alliance.Incomes}/{id}", new
        {
            year = 108, category = "technical-service", counterpartyName = "南科精密股份有限公司", counterpartyKind = "taiwan-company",
            date = "2019-04-10", amount = 460_000, version = 1, reason = "發票金額更正",
        }, Cancel);
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        using var voided = await alliance.Pi.PostAsJsonAsync($"{alliance.Incomes}/{id}/void", new { reason = "重複登錄", version = 2 }, Cancel);
        Assert.Equal(HttpStatusCode.OK, voided.StatusCode);
        using var correctAfterVoid = await alliance.Pi.PutAsJsonAsync($"{alliance.Incomes}/{id}", new
        {
            year = 108, category = "technical-service", counterpartyName = "x", counterpartyKind = "taiwan-company", date = "2019-04-10", amount = 1, version = 3, reason = "再改",
        }, Cancel);
        using var voidAgain = await alliance.Pi.PostAsJsonAsync($"{alliance.Incomes}/{id}/void", new { reason = "再作廢" }, Cancel);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, correctAfterVoid.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, voidAgain.StatusCode);
        var entry = await alliance.IncomeAsync(id);
        Assert.Equal(("voided", 460_000m, "發票金額更正", "重複登錄", 3L),
            (entry.GetProperty("status").GetString(), entry.GetProperty("amount").GetDecimal(), entry.GetProperty("correctionReason").GetString(),
             entry.GetProperty("voidReason").GetString(), entry.GetProperty("version").GetInt64()));
        var history = await alliance.Pi.GetFromJsonAsync<JsonElement[]>($"{alliance.Incomes}/{id}/history", Cancel);
        Assert.Equal(["recorded", "corrected", "voided"], history!.Select(h => h.GetProperty("action").GetString()));
        Assert.Equal(450_000m, history![1].GetProperty("before").GetProperty("amount").GetDecimal());
        Assert.Equal(460_000m, history![1].GetProperty("after").GetProperty("amount").GetDecimal());
        Assert.Equal(["IncomeRecorded", "IncomeCorrected", "IncomeVoided"], await alliance.EventsOfIncomeAsync(id));
        var summary = await alliance.SummaryAsync("year=108");
        Assert.Equal(0m, summary.GetProperty("technicalServices").GetDecimal());
    }

    [Fact]
    public async Task CorrectIncome_TwoEditorsOnOneVersion_SecondGets409AndTheFirstIsKept()
    {
        var alliance = await RevenueAlliance.CreateAsync(system);
        var id = (await alliance.RecordOkAsync(IncomeBodies.Service())).GetProperty("id").GetGuid();
        object Correction(decimal amount) => new
        {
            year = 108, category = "technical-service", counterpartyName = "南科精密股份有限公司", counterpartyKind = "taiwan-company",
            date = "2019-04-10", amount, version = 1, reason = "更正",
        };

        using var first = await alliance.Pi.PutAsJsonAsync($"{alliance.Incomes}/{id}", Correction(1000), Cancel);
        using var second = await alliance.Pi.PutAsJsonAsync($"{alliance.Incomes}/{id}", Correction(2000), Cancel);
        using var staleVoid = await alliance.Pi.PostAsJsonAsync($"{alliance.Incomes}/{id}/void", new { reason = "x", version = 1 }, Cancel);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, staleVoid.StatusCode);
        var entry = await alliance.IncomeAsync(id);
        Assert.Equal((1000m, 2L, "accepted"), (entry.GetProperty("amount").GetDecimal(), entry.GetProperty("version").GetInt64(), entry.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Subsidy_SetByTheCentre_WithHistoryAndVersion_StaleIs409_NegativeIs400()
    {
        var alliance = await RevenueAlliance.CreateAsync(system);
        var path = $"{alliance.Subsidies}/108";
        using var missing = await system.Admin.GetAsync(path, Cancel);
        using var set = await system.Admin.PutAsJsonAsync(path, new { amount = 3_000_000 }, Cancel);
        using var changed = await system.Admin.PutAsJsonAsync(path, new { amount = 3_200_000, version = 1 }, Cancel);
        using var stale = await system.Admin.PutAsJsonAsync(path, new { amount = 9, version = 1 }, Cancel);
        using var negative = await system.Admin.PutAsJsonAsync(path, new { amount = -1 }, Cancel);

        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Conflict, HttpStatusCode.BadRequest],
            new[] { missing, set, changed, stale, negative }.Select(r => r.StatusCode));
        var subsidy = await alliance.Pi.GetFromJsonAsync<JsonElement>(path, Cancel);
        Assert.Equal((3_200_000m, 2L, SystemFixture.AdminUserName),
            (subsidy.GetProperty("amount").GetDecimal(), subsidy.GetProperty("version").GetInt64(), subsidy.GetProperty("setBy").GetString()));
        var history = await alliance.Pi.GetFromJsonAsync<JsonElement[]>($"{path}/history", Cancel);
        Assert.Equal(["created", "changed"], history!.Select(h => h.GetProperty("action").GetString()));
        var all = await system.Admin.GetFromJsonAsync<JsonElement[]>("/api/revenue/subsidies?year=108", Cancel);
        Assert.Contains(all!, s => s.GetProperty("allianceId").GetGuid() == alliance.Id && s.GetProperty("amount").GetDecimal() == 3_200_000m);
    }

    [Fact]
    // The PI leaves a terminated alliance's scope at the gateway (403), so the centre's subsidy write shows revenue's own 422.
    public async Task Writes_UnknownAllianceIs404_TerminatedAllianceIs422()
    {
        var alliance = await RevenueAlliance.CreateAsync(system);
        var current = await system.Admin.GetFromJsonAsync<JsonElement>($"/api/membership/alliances/{alliance.Id}", Cancel);
        using var terminated = await system.Admin.PostAsJsonAsync($"/api/membership/alliances/{alliance.Id}/terminate",
            new { terminatedOn = "2020-01-31", reason = "計畫結束", version = current.GetProperty("version").GetInt64() }, Cancel);
        Assert.Equal(HttpStatusCode.OK, terminated.StatusCode);

        var refused = await Eventually.Until(async () =>
            {
                using var response = await system.Admin.PutAsJsonAsync($"{alliance.Subsidies}/108", new { amount = 1000 }, Cancel);
                return response.StatusCode;
            }, status => status == HttpStatusCode.UnprocessableEntity, RevenueAlliance.Patience, "revenue to learn the alliance is terminated");
        using var unknown = await system.Admin.PutAsJsonAsync($"/api/revenue/alliances/{Guid.NewGuid()}/subsidies/108", new { amount = 1000 }, Cancel);
        using var readTerminated = await system.Admin.GetAsync($"{alliance.Incomes}?year=108", Cancel);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, readTerminated.StatusCode);
    }
}
