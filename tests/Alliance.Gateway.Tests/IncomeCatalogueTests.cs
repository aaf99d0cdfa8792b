using System.Globalization;
using System.Text.Json;
using Alliance.Gateway.Web.Membership;
using Alliance.Gateway.Web.Revenue;
using Alliance.Gateway.Web.Text;

namespace Alliance.Gateway.Tests;

/// <summary>The revenue pages name categories and natures, and state the cooperation weight, only as the revenue service's catalogue does.</summary>
public sealed class IncomeCatalogueTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-TW");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly IncomeCatalogue Incomes = TestIncomes.Catalogue;

    [Fact]
    public void CategoryOptions_InThePagesLanguage_InTheServicesOrder()
    {
        Assert.Equal(
            [("membership-fee", "會員費"), ("technical-service", "技術服務收入"), ("technology-transfer", "技術轉移收入"),
             ("industry-academia-cooperation", "產學合作收入"), ("other", "其它收入")],
            In(Chinese, () => Incomes.CategoryOptions.ToArray()));
        Assert.Equal("Industry–academia cooperation income", In(English, () => Incomes.CategoryOptions.ToArray())[3].Item2);
    }

    [Fact]
    public void NatureOptions_OtherIncome_NeverCountedOnesMarked()
    {
        var options = In(English, () => Incomes.NatureOptions(IncomeCategories.Other).ToArray());

        Assert.Equal(8, options.Length);
        Assert.Equal(("course-fee", "course fee"), options[1]);
        Assert.Equal(("ministry-subsidy", "the ministry's subsidy (never counted)"), options[7]);
        Assert.Equal(("university-incentive", "學校獎勵金（不計入）"), In(Chinese, () => Incomes.NatureOptions(IncomeCategories.Other).ToArray())[4]);
    }

    [Theory]
    [InlineData("membership-fee")]
    [InlineData("industry-academia-cooperation")]
    [InlineData("12345")]
    [InlineData(null)]
    public void NatureOptions_CategoryWithoutNatures_OffersNone(string? category) => Assert.Empty(Incomes.NatureOptions(category));

    [Theory]
    [InlineData("zh-TW", "（產學合作收入以 30% 計）")]
    [InlineData("en", "(cooperation income counts at 30%)")]
    public void CooperationCountsAt_TheServicesWeight_ReadsAsBefore(string culture, string expected) =>
        Assert.Equal(expected, In(CultureInfo.GetCultureInfo(culture), () => UiText.CooperationCountsAt.With(Incomes.WeightOf(IncomeCategories.IndustryAcademiaCooperation))));

    [Fact]
    public void WeightOf_UnknownCategoryOrNoAnswer_IsNull()
    {
        Assert.Null(Incomes.WeightOf("12345"));
        Assert.Null(IncomeCatalogue.Empty.WeightOf(IncomeCategories.IndustryAcademiaCooperation));
    }

    [Theory]
    [InlineData("0.3", "30%")]
    [InlineData("1.0", "100%")]
    [InlineData("0.125", "12.5%")]
    [InlineData("0", "0%")]
    public void Share_Weight_IsAPlainPercentage(string share, string expected) =>
        Assert.Equal(expected, DisplayRatio.Share(decimal.Parse(share, CultureInfo.InvariantCulture)));

    [Fact]
    public void Category_NoAnswerFromTheService_ShownAsUnrecognised() =>
        Assert.Equal(("無法辨識的值（other）", "unrecognised value (other)"), (IncomeCatalogue.Empty.Category("other").Zh, IncomeCatalogue.Empty.Category("other").En));

    [Fact]
    public void HoldsCategoryAndNature_OnlyWhatTheServiceStates()
    {
        Assert.Equal((true, false, false), (Incomes.HoldsCategory("other"), Incomes.HoldsCategory("12345"), Incomes.HoldsCategory(null)));
        Assert.Equal((true, true, false), (Incomes.HoldsNature("ministry-subsidy"), Incomes.HoldsNature("other"), Incomes.HoldsNature("99")));
    }

    [Fact]
    public void Named_History_NamesCategoriesAndNaturesBeforeAndAfterAndLeavesTheRest()
    {
        var before = Json("""{"category":"other","nature":12,"amount":1000,"note":null}""");
        var after = Json("""{"category":"technical-service","nature":null,"amount":2000,"note":"other"}""");

        var entry = In(Chinese, () => Incomes.Named([new ChangeRow(DateTimeOffset.UnixEpoch, "pi", "corrected", before, after)]).Single());

        Assert.Equal(
            [("amount", "1000", "2000"), ("category", "其它收入", "技術服務收入"), ("nature", "無法辨識的值（12）", null), ("note", null, "other")],
            ChangeDetails.Of(entry.Before, entry.After).OrderBy(c => c.Field, StringComparer.Ordinal).Select(c => (c.Field, c.Before, c.After)));
        Assert.Equal(("pi", "corrected"), (entry.Actor, entry.Action));
    }

    [Fact]
    public void Named_EntryWithoutValues_StaysSo()
    {
        var entry = Incomes.Named([new ChangeRow(DateTimeOffset.UnixEpoch, "pi", "voided", null, null)]).Single();

        Assert.Equal((null, null), (entry.Before, entry.After));
    }

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement;

    private static T In<T>(CultureInfo culture, Func<T> read)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        try
        {
            return read();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }
}
