using System.Globalization;
using System.Text.Json;
using Alliance.Gateway.Web.Membership;
using Alliance.Gateway.Web.Revenue;
using Alliance.Gateway.Web.Text;

namespace Alliance.Gateway.Tests;

public sealed class RevenueDisplayTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-TW");
    private static readonly IncomeCatalogue Incomes = TestIncomes.Catalogue;

    [Theory]
    [InlineData("1.0523", "105.23%")]
    [InlineData("0.8", "80.00%")]
    [InlineData("0.12345", "12.35%")]
    [InlineData("12.5", "1,250.00%")]
    [InlineData("0", "0.00%")]
    public void Percentage_Ratio_ShowsTwoDecimalsOfPercent(string ratio, string expected) =>
        Assert.Equal(expected, DisplayRatio.Percentage(decimal.Parse(ratio, CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("other", "其它收入", "Other income")]
    [InlineData("12345", "無法辨識的值（12345）", "unrecognised value (12345)")]
    public void IncomeCategory_Code_NamedOrShownAsUnrecognised(string code, string zh, string en) =>
        Assert.Equal((zh, en), (Incomes.Category(code).Zh, Incomes.Category(code).En));

    [Theory]
    [InlineData("seminar-fee", "研討會報名費")]
    [InlineData("99", "無法辨識的值（99）")]
    public void IncomeNature_Code_NamedOrShownAsUnrecognised(string code, string zh) => Assert.Equal(zh, Incomes.Nature(code).Zh);

    [Fact]
    public void Percentage_NoRatio_IsADash() => Assert.Equal("—", DisplayRatio.Percentage(null));

    [Theory]
    [InlineData("0.0523", "+5.23")]
    [InlineData("-0.005", "-0.50")]
    [InlineData("0", "0.00")]
    public void PointsChange_Difference_IsSignedPercentagePoints(string change, string expected) =>
        Assert.Equal(expected, DisplayRatio.PointsChange(decimal.Parse(change, CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("1234500", "+1,235")]
    [InlineData("-1500", "-2")]
    [InlineData("400", "0")]
    [InlineData("0", "0")]
    public void ThousandNtdChange_Amount_IsSignedThousands(string ntd, string expected) =>
        Assert.Equal(expected, DisplayMoney.ThousandNtdChange(decimal.Parse(ntd, CultureInfo.InvariantCulture)));

    [Fact]
    public void ThousandNtdChange_NoChange_IsADash() => Assert.Equal("—", DisplayMoney.ThousandNtdChange(null));

    [Fact]
    public void SummaryLines_Summary_ShowsThousandsRatioAndLinksEachFigureToItsAcceptedEntries()
    {
        var alliance = Guid.Parse("11111111-2222-3333-4444-555555555555");
        var previous = new RevenueFigures(107, null, null, 50_000m, 0m, 0m, 0m, 0m, 50_000m, 50_000m, 2_000_000m, 0.025m, 0, 0);
        var change = new RevenueChange(70_000m, 250_000m, 0m, 0m, 30_000m, 350_000m, 350_000m, 1_000_000m, 0.1083m);
        var summary = new RevenueSummaryRow(
            alliance, 108, new DateOnly(2019, 2, 1), new DateOnly(2019, 6, 30),
            120_000m, 250_000m, 0m, 0m, 30_000m, 400_000m, 400_000m, 3_000_000m, 0.1333m, 1, 2, previous, change);

        var lines = SummaryLines.Of(summary, Incomes, new DateOnly(2019, 2, 1), new DateOnly(2019, 6, 30)).ToDictionary(l => l.Key);

        Assert.Equal("120", lines["membership-fees"].ThisYear);
        Assert.Equal("50", lines["membership-fees"].LastYear);
        Assert.Equal("+70", lines["membership-fees"].Change);
        Assert.Equal("120,000", lines["membership-fees"].ExactNtd);
        Assert.Equal($"/alliances/{alliance}/incomes?year=108&category=membership-fee&status=accepted&from=2019-02-01&to=2019-06-30", lines["membership-fees"].Link);
        Assert.Equal($"/alliances/{alliance}/incomes?year=108&status=accepted&from=2019-02-01&to=2019-06-30", lines["operating-revenue"].Link);
        Assert.Equal("3,000", lines["subsidy"].ThisYear);
        Assert.Null(lines["subsidy"].Link);
        Assert.Equal("13.33%", lines["self-sufficiency-ratio"].ThisYear);
        Assert.Equal("2.50%", lines["self-sufficiency-ratio"].LastYear);
        Assert.StartsWith("+10.83", lines["self-sufficiency-ratio"].Change);
        Assert.Equal(9, lines.Count);
    }

    [Fact]
    public void SummaryLines_WholeYear_LinksCarryNoRange()
    {
        var summary = new RevenueSummaryRow(Guid.Empty, 108, new DateOnly(2019, 1, 1), new DateOnly(2020, 1, 31),
            0m, 0m, 0m, 0m, 0m, 0m, 0m, null, null, 0, 0, null, null);

        var line = SummaryLines.Of(summary, Incomes).Single(l => l.Key == "other");

        Assert.Equal($"/alliances/{Guid.Empty}/incomes?year=108&category=other&status=accepted", line.Link);
    }

    [Fact]
    public void SummaryLines_NoSubsidyNoPreviousYear_SaysNotSetAndDashes()
    {
        var summary = new RevenueSummaryRow(Guid.NewGuid(), 108, null, null, 0m, 0m, 0m, 1_000_000m, 0m, 0m, 300_000m, null, null, 0, 0, null, null);

        var lines = SummaryLines.Of(summary, Incomes).ToDictionary(l => l.Key);

        Assert.Equal("300", lines["operating-revenue"].ThisYear);
        Assert.Equal("—", lines["operating-revenue"].LastYear);
        Assert.Equal("—", lines["operating-revenue"].Change);
        Assert.Equal(UiText.SubsidyNotSet.ToString(), lines["subsidy"].ThisYear);
        Assert.Equal("—", lines["self-sufficiency-ratio"].ThisYear);
    }

    [Theory]
    [InlineData("membership-fee", "會員費")]
    [InlineData("technical-service", "技術服務收入")]
    [InlineData("technology-transfer", "技術轉移收入")]
    [InlineData("industry-academia-cooperation", "產學合作收入")]
    [InlineData("other", "其它收入")]
    public void IncomeCategory_EachCategory_UsesTheGlossary(string category, string expected) =>
        Assert.Equal(expected, Incomes.Category(category).In(Chinese));

    [Fact]
    public void IncomeStatus_EachStatus_HasItsOwnNameInBothLanguages()
    {
        Assert.Equal(4, IncomeCategories.Statuses.Select(s => UiText.IncomeStatus(s).Zh).Distinct().Count());
        Assert.Equal(4, IncomeCategories.Statuses.Select(s => UiText.IncomeStatus(s).En).Distinct().Count());
    }

    [Fact]
    public void IncomeNature_EveryNatureOffered_HasAChineseName() =>
        Assert.All(Incomes.NatureOptions(IncomeCategories.Other), n => Assert.NotEqual(n.Item1, Incomes.Nature(n.Item1).Zh));

    [Theory]
    [InlineData("amount", "1234500", "1,235")]
    [InlineData("category", "technical-service", "技術服務收入")]
    [InlineData("nature", "cash-donation", "廠商現金捐贈")]
    [InlineData("date", "2019-05-01", "108/05/01")]
    public void FieldValue_RevenueField_ReadsAsWords(string field, string value, string expected)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Chinese;
        try
        {
            // As the income page shows it: the history named by the catalogue, then each field in words.
            var recorded = new ChangeRow(DateTimeOffset.UnixEpoch, "pi", "recorded", null, JsonSerializer.SerializeToElement(new Dictionary<string, string> { [field] = value }));
            var change = ChangeDetails.Of(null, Incomes.Named([recorded]).Single().After).Single();
            Assert.Equal(expected, UiText.FieldValue(change.Field, change.After));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    [Fact]
    public void FieldErrors_ByField_LandsPrefixedAndPascalCaseKeysOnTheFormsField()
    {
        var errors = FieldErrors.ByField(new Dictionary<string, string[]> { ["body.Amount"] = ["a"], ["amount"] = ["b"], ["nature"] = ["c"] })!;

        Assert.Equal(["a", "b"], errors["amount"]);
        Assert.Equal(["c"], errors["Nature"]);
    }

    [Fact]
    public void FieldErrors_Elsewhere_ListsOnlyFieldsTheFormDoesNotShow()
    {
        var errors = new Dictionary<string, string[]> { ["amount"] = ["a"], ["year"] = ["y"] };

        Assert.Equal(["y"], FieldErrors.Elsewhere(errors, ["amount"]));
    }
}
