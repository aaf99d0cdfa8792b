using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.Infrastructure;

namespace Alliance.Integration.Tests.Revenue;

/// <summary>The income lifecycle's refusal through the gateway: a voided entry cannot change, in either language, whatever version is sent.</summary>
public sealed class IncomeLifecycleTests(SystemFixture system)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CorrectOrVoid_VoidedEntry_Is422IncomeVoidedOnIncomeIdInTheCallersLanguage()
    {
        var alliance = await RevenueAlliance.CreateAsync(system);
        var id = (await alliance.RecordOkAsync(IncomeBodies.Service())).GetProperty("id").GetGuid();
        using (var voided = await alliance.Pi.PostAsJsonAsync($"{alliance.Incomes}/{id}/void", new { reason = "重複登錄", version = 1 }, Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, voided.StatusCode);
        }

        var correction = new
        {
            year = 108, category = "technical-service", counterpartyName = "x", counterpartyKind = "taiwan-company", date = "2019-04-10", amount = 1, version = 2, reason = "再改",
        };
        var outcomes = new List<string>();
        foreach (var (language, request) in new[]
        {
            ("zh-TW", new HttpRequestMessage(HttpMethod.Put, $"{alliance.Incomes}/{id}") { Content = JsonContent.Create(correction) }),
            ("en", new HttpRequestMessage(HttpMethod.Post, $"{alliance.Incomes}/{id}/void") { Content = JsonContent.Create(new { reason = "再作廢" }) }),
        })
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
            using var response = await alliance.Pi.SendAsync(request, Cancel);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
            var errors = problem.GetProperty("errors");
            outcomes.Add($"{(int)response.StatusCode} {problem.GetProperty("code").GetString()} "
                + $"{string.Join(',', errors.EnumerateObject().Select(e => e.Name))}: {errors.GetProperty("incomeId")[0].GetString()}");
            request.Dispose();
        }

        Assert.Equal(
        [
            "422 income-voided incomeId: 此收入明細已作廢，不能再修改。",
            "422 income-voided incomeId: The entry is voided; it can no longer change.",
        ], outcomes);
    }
}
