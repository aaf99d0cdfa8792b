using System.Globalization;
using Alliance.Gateway.Web.Reporting;

namespace Alliance.Gateway.Tests;

/// <summary>When a round's next submission is due and how late it would be, as the confirm dialog says.</summary>
public sealed class SubmissionDeadlineTests
{
    private static readonly YearRow Year108 = new(
        108, "open", new(new(2019, 2, 1), new(2020, 1, 31)), new(2019, 10, 31),
        new() { ["kpi-1"] = new(2019, 10, 31), ["kpi-1-corrections"] = new(2019, 12, 31), ["kpi-2"] = new(2020, 1, 31), ["kpi-2-corrections"] = new(2020, 2, 28), ["progress-1"] = new(2019, 5, 15) },
        [Round("108-kpi-1", "kpi-1", new(2019, 10, 31)), Round("108-kpi-2", "kpi-2", new(2020, 1, 31)), Round("108-progress-1", "progress-1", new(2019, 5, 15))],
        2, "admin", null, null, null);

    [Theory]
    [InlineData("108-kpi-1", "not-started", "2019-10-31")]
    [InlineData("108-kpi-1", "draft", "2019-10-31")]
    [InlineData("108-kpi-1", "reopened", "2019-12-31")]
    [InlineData("108-kpi-2", "reopened", "2020-02-28")]
    [InlineData("108-progress-1", "reopened", "2019-05-15")]
    public void DueBy_RoundAndStatus_IsTheRoundsDeadline_OrAfterAReopeningItsCorrections(string roundId, string status, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), SubmissionDeadline.DueBy(Year108, Year108.Rounds.Single(r => r.Id == roundId), status));

    [Theory]
    [InlineData("2019-10-31T23:59:59+08:00", null)]
    [InlineData("2019-10-31T15:59:59Z", null)]
    [InlineData("2019-11-01T00:00:00+08:00", 1)]
    [InlineData("2019-10-31T16:00:00Z", 1)]
    [InlineData("2019-11-03T10:00:00+08:00", 3)]
    public void LateDays_DeadlineDayEndsAtMidnightInTaiwan(string at, int? expected) =>
        Assert.Equal(expected, SubmissionDeadline.LateDays(new DateOnly(2019, 10, 31), DateTimeOffset.Parse(at, CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("zh-TW", "逾期 3 日（超過期限 2 天 5 小時 10 分）")]
    [InlineData("en", "3 days late (2 d 5 h 10 min past the deadline)")]
    public void Late_DaysAndExactTime_AreWrittenOut(string culture, string expected)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            Assert.Equal(expected, SubmissionDeadline.Late(3, new TimeSpan(2, 5, 10, 30)));
            Assert.Equal(culture == "en" ? "3 days late" : "逾期 3 日", SubmissionDeadline.Late(3, null));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private static RoundRow Round(string id, string deadlineCode, DateOnly deadline) => new(id, new(new(2019, 2, 1), deadline), deadlineCode, deadline);
}
