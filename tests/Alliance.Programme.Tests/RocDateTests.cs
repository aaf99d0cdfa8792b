namespace Alliance.Programme.Tests;

public sealed class RocDateTests
{
    public static TheoryData<DateOnly, string> FormatCases => new()
    {
        { new DateOnly(2019, 10, 31), "108/10/31" },
        { new DateOnly(2020, 1, 5), "109/01/05" },
        { new DateOnly(2010, 3, 9), "99/03/09" },
        { new DateOnly(1912, 1, 1), "1/01/01" },
        { new DateOnly(2024, 2, 29), "113/02/29" },
    };

    [Theory]
    [MemberData(nameof(FormatCases))]
    public void Format_Date_ReturnsRocDate(DateOnly date, string expected) =>
        Assert.Equal(expected, RocDate.Format(date));

    [Fact]
    public void Format_BeforeRocYearOne_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RocDate.Format(new DateOnly(1911, 12, 31)));

    public static TheoryData<string, DateOnly> ParseCases => new()
    {
        { "108/10/31", new DateOnly(2019, 10, 31) },
        { "109/01/05", new DateOnly(2020, 1, 5) },
        { "108/1/5", new DateOnly(2019, 1, 5) },
        { "99/03/09", new DateOnly(2010, 3, 9) },
        { "099/03/09", new DateOnly(2010, 3, 9) },
        { "113/02/29", new DateOnly(2024, 2, 29) },
    };

    [Theory]
    [MemberData(nameof(ParseCases))]
    public void TryParse_RocDate_ReturnsDate(string text, DateOnly expected)
    {
        Assert.True(RocDate.TryParse(text, out var date));
        Assert.Equal(expected, date);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("108/10")]
    [InlineData("108/10/31/1")]
    [InlineData("108-10-31")]
    [InlineData("2019/10/31")]
    [InlineData("0/10/31")]
    [InlineData("108/13/01")]
    [InlineData("108/00/01")]
    [InlineData("108/02/29")]
    [InlineData("108/04/31")]
    [InlineData("108/10/00")]
    [InlineData("108/010/31")]
    [InlineData(" 108/10/31")]
    [InlineData("+108/10/31")]
    [InlineData("108//31")]
    [InlineData("１０８/10/31")]
    public void TryParse_Malformed_ReturnsFalse(string? text) => Assert.False(RocDate.TryParse(text, out _));

    [Fact]
    public void TryParse_FormattedDate_RoundTrips()
    {
        var date = new DateOnly(2019, 10, 31);
        Assert.True(RocDate.TryParse(RocDate.Format(date), out var parsed));
        Assert.Equal(date, parsed);
    }
}
