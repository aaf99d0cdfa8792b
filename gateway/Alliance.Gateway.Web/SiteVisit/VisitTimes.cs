using System.Globalization;
using Alliance.Gateway.Web.Text;
using Alliance.Programme;

namespace Alliance.Gateway.Web.SiteVisit;

/// <summary>
/// A visit's time as the centre types it and as the pages show it: a date and a time of day in Taiwan
/// (UTC+8, no daylight saving), sent as an instant with its offset; and the April–July window
/// (DOMAIN.md, "Site visits and counselling") outside which a visit needs a reason.
/// </summary>
public static class VisitTimes
{
    public static readonly TimeSpan TaiwanOffset = TimeSpan.FromHours(8);

    /// <summary>The instant of <paramref name="date"/> at <paramref name="time"/> in Taiwan, with its +08:00 offset.</summary>
    public static DateTimeOffset StartsAt(DateOnly date, TimeOnly time) => new(date.ToDateTime(time), TaiwanOffset);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, DisplayDates.Taipei).DateTime);

    public static TimeOnly TimeOf(DateTimeOffset instant) => TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, DisplayDates.Taipei).DateTime);

    /// <summary>The date (ROC in Chinese) and the time of day to the minute, in Taiwan.</summary>
    public static string Format(DateTimeOffset instant, CultureInfo culture) =>
        $"{DisplayDates.Format(DateOf(instant), culture)} {TimeOf(instant).ToString("HH:mm", CultureInfo.InvariantCulture)}";

    /// <summary>Whether <paramref name="date"/> falls from April 1 to July 31 (both included) of programme year <paramref name="year"/>.</summary>
    public static bool InWindow(DateOnly date, int year)
    {
        var gregorian = year + ProgrammeYear.RocOffset;
        return new DateOnly(gregorian, 4, 1) <= date && date <= new DateOnly(gregorian, 7, 31);
    }
}
