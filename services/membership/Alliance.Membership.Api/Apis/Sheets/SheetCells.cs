using System.Globalization;
using Alliance.Membership.Domain;

namespace Alliance.Membership.Api.Apis.Sheets;

/// <summary>
/// Reads the cells of a member sheet as MiniExcel hands them over: text as <see cref="string"/>,
/// numbers as <see cref="double"/>, date cells as <see cref="DateTime"/>, booleans as <see cref="bool"/>.
/// Each reader returns false for a value it cannot read; a blank cell is never passed in.
/// </summary>
public static class SheetCells
{
    private static readonly Dictionary<string, bool> PaidWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["是"] = true, ["否"] = false, ["yes"] = true, ["no"] = false, ["true"] = true, ["false"] = false,
        ["收費"] = true, ["免費"] = false, ["y"] = true, ["n"] = false,
    };

    /// <summary>Whether a cell is empty: null, or text of only whitespace.</summary>
    public static bool IsBlank(object? cell) => cell is null || (cell is string text && string.IsNullOrWhiteSpace(text));

    /// <summary>The cell as trimmed text; whole numbers without a decimal point, so 12345678 reads "12345678"; null when blank.</summary>
    public static string? Text(object? cell) => cell switch
    {
        null => null,
        string text => string.IsNullOrWhiteSpace(text) ? null : text.Trim(),
        double number when number == Math.Floor(number) && Math.Abs(number) < 1e15 => ((long)number).ToString(CultureInfo.InvariantCulture),
        DateTime date => DateOnly.FromDateTime(date).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString(),
    };

    /// <summary>
    /// A registration number: text as written, or a number padded back to 8 digits (a spreadsheet
    /// drops the leading zero of 04595257).
    /// </summary>
    public static string? RegistrationNumber(object? cell) => cell is double number && number == Math.Floor(number) && number is >= 0 and < 1e8
        ? ((long)number).ToString("D8", CultureInfo.InvariantCulture)
        : Text(cell);

    /// <summary>是/否, yes/no, y/n, true/false (any case), 收費/免費, or a boolean cell.</summary>
    public static bool TryPaid(object? cell, out bool paid)
    {
        if (cell is bool value)
        {
            paid = value;
            return true;
        }

        paid = false;
        return Text(cell) is { } text && PaidWords.TryGetValue(text, out paid);
    }

    /// <summary>
    /// A date cell, an Excel date serial number, ISO text (2019-10-31), Gregorian text with slashes
    /// (2019/10/31) or ROC text (108/10/31, 民國 years of 1–3 digits).
    /// </summary>
    public static bool TryDate(object? cell, out DateOnly date)
    {
        date = default;
        switch (cell)
        {
            case DateTime value:
                date = DateOnly.FromDateTime(value);
                return true;
            case DateOnly value:
                date = value;
                return true;
            case double serial when serial == Math.Floor(serial) && serial is >= 1 and <= 2958465:
                date = DateOnly.FromDateTime(DateTime.FromOADate(serial));
                return true;
        }

        var text = Text(cell);
        if (text is null)
        {
            return false;
        }

        if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        return RocDate.TryParse(text, out date);
    }

    /// <summary>
    /// A fee in NTD: a number cell, or text such as 30000, 30,000 or 1234.5; never negative, at most
    /// two decimals and 12 digits before the point.
    /// </summary>
    public static bool TryFee(object? cell, out decimal fee)
    {
        fee = 0;
        var parsed = cell switch
        {
            double number when !double.IsNaN(number) && !double.IsInfinity(number) && Math.Abs(number) < 1e15 => (decimal?)(decimal)number,
            decimal number => number,
            string text when decimal.TryParse(text.Trim().Replace("NT$", "", StringComparison.OrdinalIgnoreCase), NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign,
                CultureInfo.InvariantCulture, out var number) => number,
            _ => null,
        };
        if (parsed is not { } value || value < 0 || value > 999_999_999_999m || decimal.Round(value, 2) != value)
        {
            return false;
        }

        fee = value;
        return true;
    }

    /// <summary>A kind of organisation by its API name (taiwan-company) or Chinese name (公協會).</summary>
    public static bool TryKind(object? cell, out OrganisationKind kind)
    {
        kind = default;
        var text = Text(cell);
        if (text is null)
        {
            return false;
        }

        if (OrganisationKinds.TryParse(text.ToLowerInvariant(), out kind))
        {
            return true;
        }

        foreach (var candidate in OrganisationKinds.All)
        {
            if (SheetColumns.ChineseName(candidate) == text)
            {
                kind = candidate;
                return true;
            }
        }

        return false;
    }
}
