using System.Globalization;

namespace Alliance.Programme;

/// <summary>
/// ROC dates as shown in zh-TW: <c>yyy/MM/dd</c> with the ROC year unpadded and month and day
/// two digits, e.g. 2019-10-31 ⇄ "108/10/31", 2010-01-05 ⇄ "99/01/05".
/// </summary>
public static class RocDate
{
    /// <summary>Formats a date as an ROC date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is before 1912-01-01 (ROC year 1).</exception>
    public static string Format(DateOnly date)
    {
        var roc = date.Year - ProgrammeYear.RocOffset;
        if (roc < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, "Dates before ROC year 1 (1912) have no ROC form.");
        }

        return string.Create(CultureInfo.InvariantCulture, $"{roc}/{date.Month:00}/{date.Day:00}");
    }

    /// <summary>
    /// Parses "y/M/d" where y is 1–3 ASCII digits (ROC year ≥ 1) and M and d are 1–2 ASCII digits;
    /// "108/10/31", "108/1/5" and "099/01/05" are accepted. No surrounding whitespace, other
    /// separators or impossible dates (108/02/30).
    /// </summary>
    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        var parts = text?.Split('/');
        if (parts is not { Length: 3 }
            || !TryDigits(parts[0], 3, out var roc) || roc < 1
            || !TryDigits(parts[1], 2, out var month)
            || !TryDigits(parts[2], 2, out var day))
        {
            return false;
        }

        var year = roc + ProgrammeYear.RocOffset;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryDigits(string part, int maxLength, out int value)
    {
        value = 0;
        if (part.Length is 0 || part.Length > maxLength || !part.All(char.IsAsciiDigit))
        {
            return false;
        }

        value = int.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture);
        return true;
    }
}
