using Alliance.Membership.Api.Apis.Sheets;
using Alliance.Membership.Domain;

namespace Alliance.Membership.Api.Tests;

/// <summary>Cells as MiniExcel hands them over: text, double, DateTime, bool.</summary>
public sealed class SheetCellsTests
{
    public static TheoryData<object, bool> PaidCells => new()
    {
        { "是", true }, { "否", false }, { "yes", true }, { "No", false }, { "TRUE", true }, { "false", false },
        { " 是 ", true }, { true, true }, { false, false }, { "收費", true }, { "免費", false },
    };

    [Theory]
    [MemberData(nameof(PaidCells))]
    public void TryPaid_KnownWords_ReadsThem(object cell, bool expected)
    {
        Assert.True(SheetCells.TryPaid(cell, out var paid));
        Assert.Equal(expected, paid);
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("1")]
    [InlineData(1.0)]
    public void TryPaid_OtherValues_ReturnsFalse(object cell) => Assert.False(SheetCells.TryPaid(cell, out _));

    public static TheoryData<object, string> DateCells => new()
    {
        { new DateTime(2019, 10, 31), "2019-10-31" },
        { 43769.0, "2019-10-31" },
        { "2019-10-31", "2019-10-31" },
        { "2019/10/31", "2019-10-31" },
        { "108/10/31", "2019-10-31" },
        { "108/1/5", "2019-01-05" },
        { "99/01/05", "2010-01-05" },
        { " 108/10/31 ", "2019-10-31" },
    };

    [Theory]
    [MemberData(nameof(DateCells))]
    public void TryDate_ExcelDatesIsoAndRocText_ReadsThem(object cell, string expected)
    {
        Assert.True(SheetCells.TryDate(cell, out var date));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Theory]
    [InlineData("108/02/30")]
    [InlineData("2019-13-01")]
    [InlineData("31/10/2019")]
    [InlineData("tomorrow")]
    [InlineData(43769.5)]
    public void TryDate_ImpossibleOrUnknown_ReturnsFalse(object cell) => Assert.False(SheetCells.TryDate(cell, out _));

    public static TheoryData<object, decimal> FeeCells => new()
    {
        { 30000.0, 30000m }, { 0.0, 0m }, { 1234.5, 1234.5m }, { 0.1, 0.1m }, { "30000", 30000m }, { "30,000", 30000m }, { "1234.56", 1234.56m },
    };

    [Theory]
    [MemberData(nameof(FeeCells))]
    public void TryFee_NumbersAndText_ReadsExactAmounts(object cell, decimal expected)
    {
        Assert.True(SheetCells.TryFee(cell, out var fee));
        Assert.Equal(expected, fee);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData("-5")]
    [InlineData("1.234")]
    [InlineData("三萬")]
    [InlineData(1e16)]
    public void TryFee_NegativeTooPreciseOrText_ReturnsFalse(object cell) => Assert.False(SheetCells.TryFee(cell, out _));

    [Theory]
    [InlineData(4595257.0, "04595257")]
    [InlineData("04595257", "04595257")]
    [InlineData(22099131.0, "22099131")]
    public void RegistrationNumber_NumberCell_PadsTo8Digits(object cell, string expected) => Assert.Equal(expected, SheetCells.RegistrationNumber(cell));

    [Theory]
    [InlineData("taiwan-company", OrganisationKind.TaiwanCompany)]
    [InlineData("Association", OrganisationKind.Association)]
    [InlineData("公協會", OrganisationKind.Association)]
    [InlineData("自然人", OrganisationKind.NaturalPerson)]
    [InlineData("陸商", OrganisationKind.MainlandChinaCompany)]
    public void TryKind_ApiOrChineseName_ReadsIt(string cell, OrganisationKind expected)
    {
        Assert.True(SheetCells.TryKind(cell, out var kind));
        Assert.Equal(expected, kind);
    }
}
