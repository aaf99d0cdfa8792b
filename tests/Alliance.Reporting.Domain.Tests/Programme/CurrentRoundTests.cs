using Alliance.Reporting.Domain.Programme;
using Microsoft.Extensions.Time.Testing;

namespace Alliance.Reporting.Domain.Tests.Programme;

public sealed class CurrentRoundTests
{
    private static readonly ProgrammeYear Year108 = ProgrammeYear.Create(108);

    public static TheoryData<string, string> Days => new()
    {
        { "2019-01-31", "108-progress-1" },
        { "2019-02-01", "108-progress-1" },
        { "2019-04-30", "108-progress-1" },
        { "2019-05-01", "108-progress-2" },
        { "2019-07-31", "108-progress-2" },
        { "2019-08-01", "108-kpi-1" },
        { "2019-10-31", "108-kpi-1" },
        { "2019-11-01", "108-kpi-2" },
        { "2020-01-31", "108-kpi-2" },
        { "2020-02-01", "108-kpi-2" },
        { "2026-12-02", "108-kpi-2" },
    };

    [Theory]
    [MemberData(nameof(Days))]
    public void Of_Today_IsTheRoundHoldingItThatEndsFirst_OrTheLastOfAPastYear(string today, string expected) =>
        Assert.Equal(expected, CurrentRound.Of(Year108, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)).Id);

    public static TheoryData<string, string?, string> Comparisons => new()
    {
        // A year under way compares through today; a year over, whole years; a year not begun, nothing.
        { "2019-06-15", "2019-01-01..2019-06-15", "2018-06-15" },
        { "2020-01-31", "2019-01-01..2020-01-31", "2019-01-31" },
        { "2026-12-02", "2019-01-01..2020-01-31", "2019-01-31" },
        { "2019-01-31", null, "2018-01-31" },
    };

    [Theory]
    [MemberData(nameof(Comparisons))]
    public void SameDates_Today_AreTheYearsDatesThroughItAndTheSameDateAYearEarlier(string today, string? through, string yearBefore)
    {
        var asOf = SameDates.AsOf(Year108, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));
        var dates = SameDates.Through(Year108, asOf);
        Assert.Equal(through, dates is { } d ? $"{d.Start:yyyy-MM-dd}..{d.End:yyyy-MM-dd}" : null);
        Assert.Equal(yearBefore, SameDates.YearBefore(asOf).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void SameDates_LeapDay_ComparesWithTheTwentyEighth() =>
        Assert.Equal(new DateOnly(2023, 2, 28), SameDates.YearBefore(new DateOnly(2024, 2, 29)));

    public static TheoryData<bool, string, bool> Publications => new()
    {
        // review-results 2020-01-31: from that day's start in Taiwan (UTC+8), and only once confirmed.
        { true, "2020-01-30T15:59:59Z", false },
        { true, "2020-01-30T16:00:00Z", true },
        { true, "2020-02-15T00:00:00Z", true },
        { false, "2020-02-15T00:00:00Z", false },
        { false, "2020-01-30T15:59:59Z", false },
    };

    [Theory]
    [MemberData(nameof(Publications))]
    public void ReviewOutcomes_IsPublished_OnlyConfirmedAndFromTheReviewResultsDate(bool confirmed, string now, bool expected)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, ReviewOutcomes.IsPublished(confirmed, new DateOnly(2020, 1, 31), clock.GetUtcNow()));
    }

    [Theory]
    [InlineData(ReviewOutcomeKind.Continues, false)]
    [InlineData(ReviewOutcomeKind.ContinuesWithConditions, true)]
    [InlineData(ReviewOutcomeKind.FundingEnds, false)]
    public void ReviewOutcomes_TakesConditions_OnlyContinuingWithConditions(ReviewOutcomeKind outcome, bool expected) =>
        Assert.Equal(expected, ReviewOutcomes.TakesConditions(outcome));
}
