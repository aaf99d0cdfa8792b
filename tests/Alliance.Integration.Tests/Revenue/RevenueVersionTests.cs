using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.Infrastructure;

namespace Alliance.Integration.Tests.Revenue;

/// <summary>ADR-010 in revenue: every change carries the version it read; a subsidy not set yet is version 0.</summary>
public sealed class RevenueVersionTests(SystemFixture system)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetSubsidy_NotSetYet_Is200WithVersion0_ItsFirstPutSends0_AndASecondFirstPutIsStale()
    {
        var alliance = await RevenueAlliance.CreateAsync(system);
        var path = $"{alliance.Subsidies}/108";

        using var unset = await alliance.Pi.GetAsync(path, Cancel);
        var empty = await unset.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        using var first = await system.Admin.PutAsJsonAsync(path, new { amount = 1_000_000, version = 0 }, Cancel);
        using var second = await system.Admin.PutAsJsonAsync(path, new { amount = 2_000_000, version = 0 }, Cancel);

        Assert.Equal(HttpStatusCode.OK, unset.StatusCode);
        Assert.Equal((alliance.Id, 108, 0L, JsonValueKind.Null, JsonValueKind.Null, JsonValueKind.Null),
            (empty.GetProperty("allianceId").GetGuid(), empty.GetProperty("year").GetInt32(), empty.GetProperty("version").GetInt64(),
             empty.GetProperty("amount").ValueKind, empty.GetProperty("setBy").ValueKind, empty.GetProperty("setAt").ValueKind));
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Conflict), (first.StatusCode, second.StatusCode));
        Assert.Equal("stale-version", await CodeAsync(second));
        var stored = await alliance.Pi.GetFromJsonAsync<JsonElement>(path, Cancel);
        Assert.Equal((1_000_000m, 1L), (stored.GetProperty("amount").GetDecimal(), stored.GetProperty("version").GetInt64()));
    }

    [Fact]
    public async Task SetSubsidy_OnceSet_WithoutVersionIs400NamingVersion_StaleIs409_AndNeitherChangesIt()
    {
        var alliance = await RevenueAlliance.CreateAsync(system);
        var path = $"{alliance.Subsidies}/108";
        await alliance.SetSubsidyAsync(108, 1_000_000m);

        using var withoutVersion = await system.Admin.PutAsJsonAsync(path, new { amount = 5 }, Cancel);
        using var changed = await system.Admin.PutAsJsonAsync(path, new { amount = 1_500_000, version = 1 }, Cancel);
        using var stale = await system.Admin.PutAsJsonAsync(path, new { amount = 7, version = 1 }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, withoutVersion.StatusCode);
        Assert.Equal(["version"], await ErrorFieldsAsync(withoutVersion));
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Conflict), (changed.StatusCode, stale.StatusCode));
        var stored = await alliance.Pi.GetFromJsonAsync<JsonElement>(path, Cancel);
        Assert.Equal((1_500_000m, 2L), (stored.GetProperty("amount").GetDecimal(), stored.GetProperty("version").GetInt64()));
        var history = await alliance.Pi.GetFromJsonAsync<JsonElement[]>($"{path}/history", Cancel);
        Assert.Equal(["created", "changed"], history!.Select(h => h.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task VoidIncome_WithoutVersionIs400NamingVersion_StaleIs409_AndNeitherVoidsIt()
    {
        var alliance = await RevenueAlliance.CreateAsync(system);
        var id = (await alliance.RecordOkAsync(IncomeBodies.Service())).GetProperty("id").GetGuid();
        using var corrected = await alliance.Pi.PutAsJsonAsync($"{alliance.Incomes}/{id}", new
        {
            year = 108, category = "technical-service", counterpartyName = "南科精密股份有限公司", counterpartyKind = "taiwan-company",
            date = "2019-04-10", amount = 470_000, version = 1, reason = "金額更正",
        }, Cancel);
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);

        using var withoutVersion = await alliance.Pi.PostAsJsonAsync($"{alliance.Incomes}/{id}/void", new { reason = "重複登錄" }, Cancel);
        using var stale = await alliance.Pi.PostAsJsonAsync($"{alliance.Incomes}/{id}/void", new { reason = "重複登錄", version = 1 }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, withoutVersion.StatusCode);
        Assert.Equal(["version"], await ErrorFieldsAsync(withoutVersion));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("stale-version", await CodeAsync(stale));
        var entry = await alliance.IncomeAsync(id);
        Assert.Equal(("accepted", 2L, JsonValueKind.Null),
            (entry.GetProperty("status").GetString(), entry.GetProperty("version").GetInt64(), entry.GetProperty("voidReason").ValueKind));
        Assert.Equal(["IncomeRecorded", "IncomeCorrected"], await alliance.EventsOfIncomeAsync(id));
    }

    private static async Task<string[]> ErrorFieldsAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors").EnumerateObject().Select(e => e.Name).ToArray();

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("code").GetString();
}
