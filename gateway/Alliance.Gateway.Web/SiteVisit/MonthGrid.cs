namespace Alliance.Gateway.Web.SiteVisit;

/// <summary>The visit calendar's month: its weeks, Sunday first as Taiwan's calendars print them, and each day's visits.</summary>
public static class MonthGrid
{
    /// <summary>The weeks that hold the month's days, each seven cells from Sunday; a cell outside the month is null.</summary>
    public static IReadOnlyList<DateOnly?[]> Weeks(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        var start = first.AddDays(-(int)first.DayOfWeek);
        var last = first.AddMonths(1).AddDays(-1);
        var weeks = new List<DateOnly?[]>();
        for (var weekStart = start; weekStart <= last; weekStart = weekStart.AddDays(7))
        {
            weeks.Add(Enumerable.Range(0, 7).Select(d => weekStart.AddDays(d)).Select(d => d.Month == month ? d : (DateOnly?)null).ToArray());
        }

        return weeks;
    }

    /// <summary>The visits of each day in Taiwan, earliest first.</summary>
    public static ILookup<DateOnly, VisitRow> ByDay(IEnumerable<VisitRow> visits) =>
        visits.OrderBy(v => v.StartsAt).ToLookup(v => VisitTimes.DateOf(v.StartsAt));

    /// <summary>
    /// The month the calendar opens on for programme year <paramref name="year"/>: today's month when today falls in
    /// that year's visit season (April–July), else the month of its first visit, else April.
    /// </summary>
    public static (int Year, int Month) Opening(int year, DateOnly today, IEnumerable<VisitRow> visits)
    {
        var gregorian = year + Alliance.Programme.ProgrammeYear.RocOffset;
        if (today.Year == gregorian && today.Month is >= 4 and <= 7)
        {
            return (gregorian, today.Month);
        }

        var first = visits.Select(v => VisitTimes.DateOf(v.StartsAt)).Order().Cast<DateOnly?>().FirstOrDefault();
        return first is { } day ? (day.Year, day.Month) : (gregorian, 4);
    }
}
