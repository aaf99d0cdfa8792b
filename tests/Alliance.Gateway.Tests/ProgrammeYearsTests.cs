using Alliance.Gateway.Web.Text;

namespace Alliance.Gateway.Tests;

public sealed class ProgrammeYearsTests
{
    // Which year a date falls in is ProgrammeYear.Containing's rule, tested with the programme library;
    // what the pages add is Taiwan's date for "today".
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
