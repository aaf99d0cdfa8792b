using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.Infrastructure;

namespace Alliance.Integration.Tests.Revenue;

/// <summary>Other income often comes from a crowd (研討會報名費): a name is enough; the other categories still need the kind.</summary>
public sealed class CrowdIncomeTests(SystemFixture system)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RecordIncome_OtherIncomeWithOnlyAName_IsAccepted_AServiceStillNeedsTheKind()
    {
        var alliance = await RevenueAlliance.CreateAsync(system);

        var seminar = await alliance.RecordOkAsync(new { year = 108, category = "other", counterpartyName = "研討會報名費", date = "2019-08-01", amount = 12_000, nature = "seminar-fee" });
        using var service = await alliance.RecordAsync(new { year = 108, category = "technical-service", counterpartyName = "某某公司", date = "2019-04-10", amount = 1_000 });

        Assert.Equal(("accepted", "研討會報名費"), (seminar.GetProperty("status").GetString(), seminar.GetProperty("counterpartyName").GetString()));
        Assert.Equal([JsonValueKind.Null, JsonValueKind.Null, JsonValueKind.Null],
            new[] { "counterpartyKind", "counterpartyRegistrationNumber", "counterpartyCounty" }.Select(f => seminar.GetProperty(f).ValueKind));
        Assert.Equal(HttpStatusCode.BadRequest, service.StatusCode);
        var errors = (await service.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors");
        Assert.Equal(["counterpartyKind"], errors.EnumerateObject().Select(e => e.Name));
        Assert.Equal(12_000m, (await alliance.SummaryAsync("year=108")).GetProperty("other").GetDecimal());
    }
}
