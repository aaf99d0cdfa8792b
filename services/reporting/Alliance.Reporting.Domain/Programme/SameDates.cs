namespace Alliance.Reporting.Domain.Programme;

/// <summary>
/// The dates revenue growth compares: a year's records through its comparison date against last year's through the same
/// date a year earlier. For a year under way the comparison date is today; for a past year its last day (the whole years).
/// </summary>
public static class SameDates
{
    /// <summary>Today, or the year's last day once it is over.</summary>
    public static DateOnly AsOf(ProgrammeYear year, DateOnly today) => today < year.End ? today : year.End;

    /// <summary>
    /// The record dates of <paramref name="year"/> that count through <paramref name="asOf"/>: from Y/01/01 (January's contracts
    /// count on the year's first day, <see cref="ReportRound.CountingDate"/>) to <paramref name="asOf"/>; null before the year starts.
    /// </summary>
    public static DateRange? Through(ProgrammeYear year, DateOnly asOf) =>
        asOf < year.Start ? null : DateRange.Create(new DateOnly(year.Gregorian, 1, 1), asOf < year.End ? asOf : year.End);

    /// <summary>The same date a year earlier (29 February becomes the 28th).</summary>
    public static DateOnly YearBefore(DateOnly asOf) => asOf.AddYears(-1);
}
