using Microsoft.Extensions.Time.Testing;

namespace Alliance.Reporting.Domain.Tests;

public sealed class PunctualityTests
{
    private static readonly DateOnly Deadline = new(2019, 4, 15);

    [Theory]
    // The deadline day ends at midnight in Taiwan, 16:00 UTC.
    [InlineData("2019-04-15T15:59:59.999+00:00", null, null)]
    [InlineData("2019-04-15T23:59:59+08:00", null, null)]
    [InlineData("2019-04-10T09:00:00+08:00", null, null)]
    [InlineData("2019-04-15T16:00:00+00:00", 1, "00:00:00")]
    [InlineData("2019-04-16T00:00:00+08:00", 1, "00:00:00")]
    [InlineData("2019-04-16T23:59:00+08:00", 1, "23:59:00")]
    [InlineData("2019-04-17T00:30:00+08:00", 2, "1.00:30:00")]
    // 23:00 UTC on the 15th is already the 16th in Taiwan.
    [InlineData("2019-04-15T23:00:00+00:00", 1, "07:00:00")]
    [InlineData("2020-04-15T12:00:00+08:00", 366, "365.12:00:00")]
    public void Of_AMomentAroundTheDeadline_IsOnTimeOrLateByTaiwanDays(string at, int? days, string? by)
    {
        var lateness = Punctuality.Of(Deadline, DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(days, lateness?.Days);
        Assert.Equal(by, lateness?.By.ToString("c", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Now_ReadsTheClock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2019, 4, 15, 15, 0, 0, TimeSpan.Zero));
        Assert.Null(Punctuality.Now(Deadline, clock));

        clock.Advance(TimeSpan.FromHours(2));

        Assert.Equal(new Lateness(1, TimeSpan.FromHours(1)), Punctuality.Now(Deadline, clock));
    }
}
