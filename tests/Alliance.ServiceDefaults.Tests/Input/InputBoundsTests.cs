using Alliance.ServiceDefaults.Input;
using Alliance.ServiceDefaults.Problems;

namespace Alliance.ServiceDefaults.Tests.Input;

public sealed class InputBoundsTests
{
    public static TheoryData<decimal, LocalizedText?> Amounts => new()
    {
        { 0m, null },
        { 0.01m, null },
        { 12.34m, null },
        { 30000.000m, null },
        { -5m, null },
        { 999_999_999_999.99m, null },
        { -999_999_999_999.99m, null },
        { 1_000_000_000_000m, InputMessages.MoneyTooLarge },
        { 100_000_000_000_000m, InputMessages.MoneyTooLarge },
        { -1_000_000_000_000m, InputMessages.MoneyTooLarge },
        { 0.004m, InputMessages.MoneyTooPrecise },
        { 0.00000000000000000001m, InputMessages.MoneyTooPrecise },
        { 10.001m, InputMessages.MoneyTooPrecise },
        { 0.0000000000000000000000000000m, InputMessages.MoneyTooPrecise },
    };

    [Theory]
    [MemberData(nameof(Amounts))]
    public void CheckMoney_Amount_ReturnsTheBrokenBound(decimal amount, LocalizedText? expected) =>
        Assert.Equal(expected, InputBounds.CheckMoney(amount));

    [Theory]
    [InlineData("1990-01-01", false)]
    [InlineData("2019-05-01", false)]
    [InlineData("2100-12-31", false)]
    [InlineData("1989-12-31", true)]
    [InlineData("2101-01-01", true)]
    [InlineData("0001-01-01", true)]
    [InlineData("9999-12-31", true)]
    public void CheckDate_Date_RefusesOnlyOutsideTheBounds(string date, bool refused) =>
        Assert.Equal(refused ? InputMessages.DateOutOfRange : null, InputBounds.CheckDate(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("聯盟", false)]
    [InlineData("", false)]
    [InlineData("a\0b", true)]
    [InlineData("\0", true)]
    public void HasNul_Text_FindsTheNulCharacter(string text, bool expected) => Assert.Equal(expected, InputBounds.HasNul(text));
}
