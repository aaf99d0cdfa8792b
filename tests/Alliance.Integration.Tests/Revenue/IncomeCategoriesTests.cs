using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.Infrastructure;

namespace Alliance.Integration.Tests.Revenue;

/// <summary>The category endpoint the pages read categories, natures and weights from, and that it agrees with the rules.</summary>
public sealed class IncomeCategoriesTests(SystemFixture system)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task IncomeCategories_StateEachCategorysNamesWeightAndNaturesInTheProgrammesOrder()
    {
        var categories = await system.Admin.GetFromJsonAsync<JsonElement[]>("/api/revenue/income-categories", Cancel);

        Assert.Equal(
            [
                ("membership-fee", "會員費", "Membership fee", 1.0m, true, 0),
                ("technical-service", "技術服務收入", "Technical-service income", 1.0m, true, 0),
                ("technology-transfer", "技術轉移收入", "Technology-transfer income", 1.0m, false, 0),
                ("industry-academia-cooperation", "產學合作收入", "Industry–academia cooperation income", 0.3m, false, 0),
                ("other", "其它收入", "Other income", 1.0m, true, 8),
            ],
            categories!.Select(c => (
                c.GetProperty("code").GetString(), c.GetProperty("nameZh").GetString(), c.GetProperty("nameEn").GetString(),
                c.GetProperty("operatingRevenueWeight").GetDecimal(), c.GetProperty("recurring").GetBoolean(),
                c.GetProperty("natures").GetArrayLength())));
    }

    [Fact]
    public async Task IncomeCategories_OtherIncome_NamesEachNatureAndWhetherItCounts()
    {
        var categories = await system.Admin.GetFromJsonAsync<JsonElement[]>("/api/revenue/income-categories", Cancel);

        var natures = categories!.Single(c => c.GetProperty("code").GetString() == "other").GetProperty("natures").EnumerateArray()
            .Select(n => (n.GetProperty("code").GetString(), n.GetProperty("nameZh").GetString(), n.GetProperty("nameEn").GetString(), n.GetProperty("counted").GetBoolean()));
        Assert.Equal(
            [
                ("seminar-fee", "研討會報名費", "seminar fee", true),
                ("course-fee", "課程收入", "course fee", true),
                ("cash-donation", "廠商現金捐贈", "cash donation from a firm", true),
                ("other", "其它", "other", true),
                ("university-incentive", "學校獎勵金", "university incentive", false),
                ("university-equipment", "學校提供之設備", "equipment from the university", false),
                ("donated-equipment", "廠商捐贈之設備", "equipment donated by a firm", false),
                ("ministry-subsidy", "科技部補助款", "the ministry's subsidy", false),
            ],
            natures);
    }

    /// <summary>What the endpoint says never counts is what the rules refuse, and nothing else.</summary>
    [Fact]
    public async Task RecordIncome_EachNatureTheEndpointOffers_RefusedExactlyWhenItNeverCounts()
    {
        var alliance = await RevenueAlliance.CreateAsync(system);
        var categories = await alliance.Pi.GetFromJsonAsync<JsonElement[]>("/api/revenue/income-categories", Cancel);
        var natures = categories!.Single(c => c.GetProperty("code").GetString() == "other").GetProperty("natures").EnumerateArray().ToArray();

        var outcomes = new List<(string?, bool)>();
        foreach (var nature in natures)
        {
            using var response = await alliance.RecordAsync(IncomeBodies.Other(nature: nature.GetProperty("code").GetString()!));
            var refused = response.StatusCode == HttpStatusCode.UnprocessableEntity
                && (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("code").GetString() == "excluded-nature";
            Assert.True(refused || response.IsSuccessStatusCode, $"{nature}: {response.StatusCode}");
            outcomes.Add((nature.GetProperty("code").GetString(), !refused));
        }

        Assert.Equal(natures.Select(n => (n.GetProperty("code").GetString(), n.GetProperty("counted").GetBoolean())), outcomes);
    }
}
