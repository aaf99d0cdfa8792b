namespace Alliance.Reporting.Domain.Programme;

/// <summary>Which round of a year the programme's lists show the status of.</summary>
public static class CurrentRound
{
    /// <summary>
    /// The round whose period holds <paramref name="today"/> (Taiwan's date); where two do (a progress return lies inside
    /// kpi-1's period), the one that ends first, whose deadline comes first. A year over is shown by its last round (kpi-2),
    /// a year not begun by its first (progress-1).
    /// </summary>
    public static ReportRound Of(ProgrammeYear year, DateOnly today)
    {
        var rounds = ReportRound.Of(year);
        if (today > year.End)
        {
            return rounds[^1];
        }

        return rounds.Where(r => r.Period.Contains(today)).OrderBy(r => r.Period.End).FirstOrDefault() ?? rounds[0];
    }
}
