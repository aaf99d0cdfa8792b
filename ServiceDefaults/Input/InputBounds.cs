using System.Globalization;

namespace Alliance.ServiceDefaults.Input;

/// <summary>
/// The bounds every input shares, whatever the service: pure checks that answer the broken
/// bound's message, or null when the value is within them.
/// </summary>
public static class InputBounds
{
    /// <summary>The earliest date any request may carry (inclusive): the programme's records start in the 1990s.</summary>
    public static readonly DateOnly EarliestDate = new(1990, 1, 1);

    /// <summary>The latest date any request may carry (inclusive).</summary>
    public static readonly DateOnly LatestDate = new(2100, 12, 31);

    /// <summary>
    /// The largest amount of money, either sign: the narrowest money column is <c>numeric(14,2)</c>
    /// (membership's fees; revenue's amounts are <c>numeric(16,2)</c>), so every amount fits every column.
    /// </summary>
    public const decimal MaxMoney = 999_999_999_999.99m;

    public static bool HasNul(string value) => value.Contains('\0', StringComparison.Ordinal);

    public static Problems.LocalizedText? CheckDate(DateOnly value) =>
        value < EarliestDate || value > LatestDate ? InputMessages.DateOutOfRange : null;

    public static Problems.LocalizedText? CheckDate(DateTime value) => CheckDate(DateOnly.FromDateTime(value));

    /// <summary>
    /// Too large (beyond <see cref="MaxMoney"/> either way), or finer than a cent; the sign is each
    /// field's own rule. A zero with more than two decimals is what a fraction too small for
    /// <see cref="decimal"/> (<c>1e-40</c>) reads as, so it counts as finer than a cent too.
    /// </summary>
    public static Problems.LocalizedText? CheckMoney(decimal value) =>
        Math.Abs(value) > MaxMoney ? InputMessages.MoneyTooLarge
        : decimal.Round(value, 2) != value || (value == 0 && value.Scale > 2) ? InputMessages.MoneyTooPrecise
        : null;

    public static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
