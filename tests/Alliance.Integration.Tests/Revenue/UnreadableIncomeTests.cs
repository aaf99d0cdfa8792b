using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.Infrastructure;
using Alliance.Revenue.Api.Data;

namespace Alliance.Integration.Tests.Revenue;

/// <summary>
/// Entries stored with a number where an enum's name belongs (<c>"category": 12345</c>, accepted before
/// names were enforced), planted straight into revenue's database. The two tests share this class so
/// they never run side by side: the repair flags every unreadable row in the database.
/// </summary>
public sealed class UnreadableIncomeTests(SystemFixture system)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StoredNumbers_ListEntryHistoryAndSummary_ShowThemAsTheyAre()
    {
        var alliance = await RevenueAlliance.CreateAsync(system);
        await alliance.RecordOkAsync(IncomeBodies.Service());
        var category = await alliance.PlantIncomeAsync("12345");
        var nature = await alliance.PlantIncomeAsync("Other", nature: "99");
        var kind = await alliance.PlantIncomeAsync("Other", nature: "SeminarFee", kind: "99");

        var listed = await alliance.Pi.GetFromJsonAsync<JsonElement[]>($"{alliance.Incomes}?year=108", Cancel);
        var byId = listed!.ToDictionary(e => e.GetProperty("id").GetGuid());
        Assert.Equal(("12345", "99", "99"),
            (byId[category].GetProperty("category").GetString(), byId[nature].GetProperty("nature").GetString(), byId[kind].GetProperty("counterpartyKind").GetString()));
        foreach (var id in new[] { category, nature, kind })
        {
            using var entry = await alliance.Pi.GetAsync($"{alliance.Incomes}/{id}", Cancel);
            using var history = await alliance.Pi.GetAsync($"{alliance.Incomes}/{id}/history", Cancel);
            Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (entry.StatusCode, history.StatusCode));
        }

        // The unreadable category never counts: it is counted with the flagged, not added, not dropped.
        var summary = await alliance.SummaryAsync("year=108");
        Assert.Equal((450_000m, 1), (summary.GetProperty("technicalServices").GetDecimal(), summary.GetProperty("flaggedCount").GetInt32()));
    }

    [Fact]
    public async Task Repair_EntriesStoredWithNumbers_AreFlaggedWithHistoryAndEvent_ThenCorrectable()
    {
        var alliance = await RevenueAlliance.CreateAsync(system);
        var good = (await alliance.RecordOkAsync(IncomeBodies.Service())).GetProperty("id").GetGuid();
        var category = await alliance.PlantIncomeAsync("12345");
        var nature = await alliance.PlantIncomeAsync("Other", status: "Pending", nature: "99");
        var voided = await alliance.PlantIncomeAsync("54321", status: "Voided");

        await alliance.ExecuteAsync(UnreadableIncomes.FlagSql);

        var entries = new Dictionary<Guid, JsonElement>();
        foreach (var id in new[] { good, category, nature, voided })
        {
            entries[id] = await alliance.IncomeAsync(id);
        }

        string Standing(Guid id) => $"{entries[id].GetProperty("status").GetString()} {entries[id].GetProperty("reason")} v{entries[id].GetProperty("version").GetInt64()}";
        Assert.Equal(["accepted  v1", "flagged unreadable-value v2", "flagged unreadable-value v2", "voided  v1"],
            new[] { good, category, nature, voided }.Select(Standing));
        Assert.False(string.IsNullOrEmpty(entries[category].GetProperty("reasonText").GetString()));
        var history = await alliance.Pi.GetFromJsonAsync<JsonElement[]>($"{alliance.Incomes}/{category}/history", Cancel);
        var change = Assert.Single(history!);
        Assert.Equal(("status-changed", "revenue", "accepted", "flagged"),
            (change.GetProperty("action").GetString(), change.GetProperty("actor").GetString(),
             change.GetProperty("before").GetProperty("status").GetString(), change.GetProperty("after").GetProperty("status").GetString()));
        Assert.Equal(["IncomeCorrected"], await alliance.EventsOfIncomeAsync(category));
        await Eventually.Until(() => alliance.EventsOfIncomeSentAsync(category), RevenueAlliance.Patience, "the repair's event to be published");

        using var corrected = await alliance.Pi.PutAsJsonAsync($"{alliance.Incomes}/{category}", new
        {
            year = 108, category = "technical-service", counterpartyName = "南科精密股份有限公司", counterpartyKind = "taiwan-company",
            date = "2019-05-01", amount = 1_000, version = 2, reason = "類別更正",
        }, Cancel);
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Equal("accepted", (await corrected.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("status").GetString());
        var summary = await alliance.SummaryAsync("year=108");
        Assert.Equal((451_000m, 1, 0), (summary.GetProperty("technicalServices").GetDecimal(), summary.GetProperty("flaggedCount").GetInt32(),
            summary.GetProperty("pendingCount").GetInt32()));
    }
}
