namespace Alliance.Programme.Tests;

public sealed class ProgrammeYearTests
{
    private static readonly ProgrammeYear Year108 = ProgrammeYear.Create(108);

    [Fact]
    public void Create_108_IsGregorian2019() => Assert.Equal(2019, Year108.Gregorian);

    [Fact]
    public void Start_108_Is20190201() => Assert.Equal(new DateOnly(2019, 2, 1), Year108.Start);

    [Fact]
    public void End_108_Is20200131() => Assert.Equal(new DateOnly(2020, 1, 31), Year108.End);

    [Fact]
    public void Period_108_Is20190201To20200131() =>
        Assert.Equal(DateRange.Create(new DateOnly(2019, 2, 1), new DateOnly(2020, 1, 31)), Year108.Period);

    [Fact]
    public void Cutoff_108_Is20191031() => Assert.Equal(new DateOnly(2019, 10, 31), Year108.Cutoff);

    [Fact]
    public void ContractWindow_108_Is20190101To20200131() =>
        Assert.Equal(DateRange.Create(new DateOnly(2019, 1, 1), new DateOnly(2020, 1, 31)), Year108.ContractWindow);

    [Fact]
    public void ContractWindow_ConsecutiveYears_OverlapInJanuary()
    {
        var signed = new DateOnly(2020, 1, 15);
        Assert.True(ProgrammeYear.Create(108).ContractWindow.Contains(signed));
        Assert.True(ProgrammeYear.Create(109).ContractWindow.Contains(signed));
    }

    public static TheoryData<DateOnly, bool> ContainsCases => new()
    {
        { new DateOnly(2019, 1, 31), false },
        { new DateOnly(2019, 2, 1), true },
        { new DateOnly(2019, 10, 31), true },
        { new DateOnly(2020, 1, 31), true },
        { new DateOnly(2020, 2, 1), false },
    };

    [Theory]
    [MemberData(nameof(ContainsCases))]
    public void Contains_Date_IsInsideInclusivePeriod(DateOnly date, bool expected) =>
        Assert.Equal(expected, Year108.Contains(date));

    public static TheoryData<DateOnly, int> ContainingCases => new()
    {
        { new DateOnly(2019, 1, 31), 107 },
        { new DateOnly(2019, 2, 1), 108 },
        { new DateOnly(2019, 10, 31), 108 },
        { new DateOnly(2020, 1, 31), 108 },
        { new DateOnly(2020, 2, 1), 109 },
        { new DateOnly(2020, 12, 31), 109 },
    };

    [Theory]
    [MemberData(nameof(ContainingCases))]
    public void Containing_Date_IsTheYearWhosePeriodHoldsIt(DateOnly date, int expectedRoc)
    {
        var year = ProgrammeYear.Containing(date);

        Assert.Equal(expectedRoc, year.Roc);
        Assert.True(year.Contains(date));
    }

    [Fact]
    public void Cutoff_LeapYear_StillOctober31() =>
        Assert.Equal(new DateOnly(2024, 10, 31), ProgrammeYear.Create(113).Cutoff);

    [Theory]
    [InlineData(90)]
    [InlineData(200)]
    public void Create_BoundsOfRange_Succeeds(int roc) => Assert.Equal(roc, ProgrammeYear.Create(roc).Roc);

    [Theory]
    [InlineData(0)]
    [InlineData(89)]
    [InlineData(201)]
    [InlineData(2019)]
    [InlineData(-108)]
    public void Create_OutOfRange_Throws(int roc) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ProgrammeYear.Create(roc));

    [Theory]
    [InlineData(89, false)]
    [InlineData(108, true)]
    [InlineData(2019, false)]
    public void TryCreate_Roc_ReportsWhetherInRange(int roc, bool expected) =>
        Assert.Equal(expected, ProgrammeYear.TryCreate(roc, out _));
}
