using Alliance.Gateway.Components.Text;

namespace Alliance.Gateway.Tests;

public sealed class ProgrammeYearsTests
{
    public static TheoryData<DateOnly, int> Dates => new()
    {
        { new DateOnly(2019, 1, 31), 107 },
        { new DateOnly(2019, 2, 1), 108 },
        { new DateOnly(2019, 10, 31), 108 },
        { new DateOnly(2020, 1, 31), 108 },
        { new DateOnly(2020, 2, 1), 109 },
        { new DateOnly(2020, 12, 31), 109 },
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public void Of_Date_IsTheRocYearWhosePeriodHoldsIt(DateOnly date, int expected) =>
        Assert.Equal(expected, ProgrammeYears.Of(date));

    [Theory]
    [InlineData("2020-01-31T15:59:59Z", 108)]
    [InlineData("2020-01-31T16:00:00Z", 109)]
    public void Current_UtcInstant_UsesTaiwansDate(string utc, int expected) =>
        Assert.Equal(expected, ProgrammeYears.Current(new FixedClock(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture))));

    [Fact]
    public void Cutoff_Year108_Is20191031() => Assert.Equal(new DateOnly(2019, 10, 31), ProgrammeYears.Cutoff(108));

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
