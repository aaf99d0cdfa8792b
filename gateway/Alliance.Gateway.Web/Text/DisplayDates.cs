using System.Globalization;

namespace Alliance.Gateway.Web.Text;

/// <summary>
/// Dates as the programme writes them: ROC dates (民國年 = Gregorian − 1911, e.g. 108/10/31) in
/// Chinese, ISO dates (2019-10-31) in English. Times are shown in Taiwan's time zone, whatever
/// the server's. Dates before 1912 have no ROC year and are shown in ISO form.
/// </summary>
public static class DisplayDates
{
    private const int RocEpochOffset = 1911;

    public static readonly TimeZoneInfo Taipei = TimeZoneInfo.FindSystemTimeZoneById("Asia/Taipei");

    public static string Format(DateOnly date, CultureInfo culture) =>
        UsesRoc(culture) && date.Year > RocEpochOffset
            ? string.Create(CultureInfo.InvariantCulture, $"{date.Year - RocEpochOffset}/{date.Month:00}/{date.Day:00}")
            : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The date and the time of day (to the second) in Asia/Taipei.</summary>
    public static string Format(DateTimeOffset instant, CultureInfo culture)
    {
        var local = TimeZoneInfo.ConvertTime(instant, Taipei);
        return $"{Format(DateOnly.FromDateTime(local.DateTime), culture)} {local.ToString("HH:mm:ss", CultureInfo.InvariantCulture)}";
    }

    public static string Format(DateTimeOffset? instant, CultureInfo culture) =>
        instant is { } value ? Format(value, culture) : "";

    private static bool UsesRoc(CultureInfo culture) =>
        culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
}
