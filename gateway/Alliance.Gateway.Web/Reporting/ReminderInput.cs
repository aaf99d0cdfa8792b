using System.Globalization;

namespace Alliance.Gateway.Web.Reporting;

/// <summary>
/// The reminder settings as the centre types them: the days as whole numbers separated by commas (, ， 、) or spaces
/// ("14, 7, 1"), the hour as a whole number. Their bounds (1–90 days, 0–23 o'clock) are the service's to check.
/// </summary>
public static class ReminderInput
{
    private static readonly char[] Separators = [',', '，', '、', ' ', '　'];

    public static string FormatDays(IEnumerable<int> days) => string.Join(", ", days.Select(d => d.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The days typed, in the order typed; null when nothing is typed or a part is not a whole number.</summary>
    public static int[]? Days(string? text)
    {
        var parts = (text ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        var days = parts.Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var day) ? day : (int?)null).ToArray();
        return days.Length == 0 || days.Any(d => d is null) ? null : [.. days.Select(d => d!.Value)];
    }

    /// <summary>The hour typed when it is a whole number (of any size: the service says which are hours); null otherwise.</summary>
    public static int? Hour(decimal? typed) =>
        typed is { } hour && hour == decimal.Truncate(hour) && hour is >= int.MinValue and <= int.MaxValue ? (int)hour : null;
}
