using Alliance.Reporting.Domain.Summary;

namespace Alliance.Reporting.Domain.Tests;

public sealed class SummaryViewsTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    public static TheoryData<string, SummaryView, DateOnly, DateOnly, DateOnly> Ranges => new()
    {
        // round, view, counted from, counted to, record dates from (the January rule widens a range holding Y/02/01)
        { "108-progress-1", SummaryView.Quarterly, D(2019, 2, 1), D(2019, 4, 30), D(2019, 1, 1) },
        { "108-progress-1", SummaryView.Cumulative, D(2019, 2, 1), D(2019, 4, 30), D(2019, 1, 1) },
        { "108-progress-2", SummaryView.Quarterly, D(2019, 5, 1), D(2019, 7, 31), D(2019, 5, 1) },
        { "108-progress-2", SummaryView.Cumulative, D(2019, 2, 1), D(2019, 7, 31), D(2019, 1, 1) },
        { "108-kpi-1", SummaryView.Quarterly, D(2019, 2, 1), D(2019, 10, 31), D(2019, 1, 1) },
        { "108-kpi-2", SummaryView.Quarterly, D(2019, 11, 1), D(2020, 1, 31), D(2019, 11, 1) },
        { "108-kpi-2", SummaryView.Cumulative, D(2019, 2, 1), D(2020, 1, 31), D(2019, 1, 1) },
    };

    [Theory]
    [MemberData(nameof(Ranges))]
    public void CountedAndRecordDates_ByRoundAndView_FollowThePeriod(string roundId, SummaryView view, DateOnly from, DateOnly to, DateOnly recordsFrom)
    {
        Assert.Equal(RoundIdReading.Found, ReportRound.TryParse(roundId, out var round));
        Assert.Equal(DateRange.Create(from, to), SummaryViews.CountedDates(round!, view));
        Assert.Equal(DateRange.Create(recordsFrom, to), SummaryViews.RecordDates(round!, view));
    }
}
