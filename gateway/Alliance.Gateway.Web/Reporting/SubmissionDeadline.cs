using System.Globalization;
using Alliance.Gateway.Web.Text;

namespace Alliance.Gateway.Web.Reporting;

/// <summary>
/// When a round's next submission is due and how late it would be, for the confirm dialog to say before it asks; the
/// reporting service decides and records the lateness of the submission it takes. A first submission is due by the
/// round's own deadline; after the centre reopened a KPI report, by its corrections deadline (<c>kpi-1-corrections</c>,
/// <c>kpi-2-corrections</c>; the progress returns have none and stay due by their own). A deadline day ends at
/// midnight in Taiwan.
/// </summary>
public static class SubmissionDeadline
{
    private static readonly TimeSpan TaiwanOffset = TimeSpan.FromHours(8);

    public static DateOnly DueBy(YearRow year, RoundRow round, string status) =>
        status == "reopened" && year.Deadlines.TryGetValue($"{round.DeadlineCode}-corrections", out var corrections) ? corrections : round.Deadline;

    /// <summary>Taiwan days past <paramref name="deadline"/> at <paramref name="at"/>; null when on time.</summary>
    public static int? LateDays(DateOnly deadline, DateTimeOffset at)
    {
        var end = new DateTimeOffset(deadline.AddDays(1).ToDateTime(TimeOnly.MinValue), TaiwanOffset);
        return at < end ? null : DateOnly.FromDateTime(at.ToOffset(TaiwanOffset).DateTime).DayNumber - deadline.DayNumber;
    }

    /// <summary>"逾期 3 日（超過期限 2 天 5 小時 10 分）": a late submission's days and the exact time past the deadline's end.</summary>
    public static string Late(int days, TimeSpan? by) => by is { } past
        ? UiText.LateByExactly.With(days, UiText.Duration.With(past.Days, past.Hours, past.Minutes))
        : UiText.LateDays.With(days);

    public static string Format(DateOnly deadline) => DisplayDates.Format(deadline, CultureInfo.CurrentCulture);
}
