namespace Alliance.SiteVisit.Domain;

/// <summary>
/// When a site visit may take place. Visits run April to July (DOMAIN.md): a visit's day is the day of its
/// start in Taiwan (UTC+8, no daylight saving), whatever offset the request gave.
/// </summary>
public static class VisitWindow
{
    public static readonly TimeSpan TaiwanOffset = TimeSpan.FromHours(8);

    /// <summary>The calendar day in Taiwan at <paramref name="at"/>.</summary>
    public static DateOnly TaiwanDate(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(TaiwanOffset).DateTime);

    /// <summary>April 1 to July 31 (both included) of the Gregorian year the programme year starts in.</summary>
    public static DateRange Of(ProgrammeYear year) => DateRange.Create(new DateOnly(year.Gregorian, 4, 1), new DateOnly(year.Gregorian, 7, 31));

    /// <summary>
    /// Checks a visit's start: its Taiwan day must lie in the programme year's period
    /// (<see cref="SiteVisitRule.DateOutsideProgrammeYear"/>, even with a reason), and in <see cref="Of"/> unless
    /// <paramref name="hasReason"/> (<see cref="SiteVisitRule.OutsideVisitWindow"/>); both name <c>startsAt</c>.
    /// Null when it may.
    /// </summary>
    public static RuleBreach? Check(ProgrammeYear year, DateTimeOffset startsAt, bool hasReason)
    {
        var day = TaiwanDate(startsAt);
        if (!year.Contains(day))
        {
            return new(SiteVisitRule.DateOutsideProgrammeYear, "startsAt");
        }

        return hasReason || Of(year).Contains(day) ? null : new(SiteVisitRule.OutsideVisitWindow, "startsAt");
    }
}
