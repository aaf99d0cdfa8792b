using Alliance.Gateway.Web.Reporting;
using Alliance.Gateway.Web.Text;

namespace Alliance.Gateway.Web.Programme;

/// <summary>What the home pages count and date from the year's alliance list and calendar; "today" is Taiwan's date.</summary>
public static class HomeFigures
{
    /// <summary>How many alliances' current-round reports stand at each status, every status listed in the report's order.</summary>
    public static IReadOnlyList<(string Status, int Count)> StatusCounts(IEnumerable<ProgrammeAllianceRow> alliances)
    {
        var counts = alliances.GroupBy(a => a.Status, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return UiText.RoundStatusCodes.Select(s => (s, counts.GetValueOrDefault(s)))
            .Concat(counts.Where(c => !UiText.RoundStatusCodes.Contains(c.Key)).Select(c => (c.Key, c.Value))).ToArray();
    }

    /// <summary>The calendar's next deadline on or after <paramref name="today"/>; null once the year's last has passed.</summary>
    public static (string Code, DateOnly Date)? NextDeadline(YearRow year, DateOnly today) =>
        year.Deadlines.Where(d => d.Value >= today).OrderBy(d => d.Value).ThenBy(d => d.Key, StringComparer.Ordinal)
            .Select(d => ((string Code, DateOnly Date)?)(d.Key, d.Value)).FirstOrDefault();

    /// <summary>Days past <paramref name="dueBy"/> of a report still to submit (not started, draft or reopened); null when on time or submitted.</summary>
    public static int? OverdueDays(DateOnly dueBy, DateOnly today, string status) =>
        status is "not-started" or "draft" or "reopened" && today > dueBy ? today.DayNumber - dueBy.DayNumber : null;

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), DisplayDates.Taipei).DateTime);
}
