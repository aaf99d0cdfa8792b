namespace Alliance.Programme.Tests;

public sealed class DateRangeTests
{
    private static readonly DateRange Range = DateRange.Create(new DateOnly(2019, 2, 1), new DateOnly(2019, 10, 31));

    public static TheoryData<DateOnly, bool> ContainsCases => new()
    {
        { new DateOnly(2019, 1, 31), false },
        { new DateOnly(2019, 2, 1), true },
        { new DateOnly(2019, 6, 15), true },
        { new DateOnly(2019, 10, 31), true },
        { new DateOnly(2019, 11, 1), false },
    };

    [Theory]
    [MemberData(nameof(ContainsCases))]
    public void Contains_Date_IncludesBothEnds(DateOnly date, bool expected) =>
        Assert.Equal(expected, Range.Contains(date));

    [Fact]
    public void Create_SingleDay_ContainsThatDay()
    {
        var day = new DateOnly(2019, 10, 31);
        Assert.True(DateRange.Create(day, day).Contains(day));
    }

    [Fact]
    public void Create_EndBeforeStart_Throws() =>
        Assert.Throws<ArgumentException>(() => DateRange.Create(new DateOnly(2019, 10, 31), new DateOnly(2019, 10, 30)));
}
