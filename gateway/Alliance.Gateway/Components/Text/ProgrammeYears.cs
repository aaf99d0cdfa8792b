namespace Alliance.Gateway.Components.Text;

/// <summary>
/// Programme years (年度) as ROC years: year Y runs Y/02/01 to (Y+1)/01/31, so January belongs to
/// the year before (2020-01-31 is in 108, 2020-02-01 in 109). "Today" is Taiwan's date.
/// </summary>
public static class ProgrammeYears
{
    private const int RocOffset = 1911;

    public static int Of(DateOnly date) => (date.Month >= 2 ? date.Year : date.Year - 1) - RocOffset;

    public static int Current(TimeProvider clock) =>
        Of(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), DisplayDates.Taipei).DateTime));

    /// <summary>The years a page offers to choose from: this one back to 100, newest first.</summary>
    public static IEnumerable<(string Value, string Text)> Choices(TimeProvider clock) =>
        Enumerable.Range(100, Current(clock) - 99).Reverse()
            .Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Select(y => (y, y));

    /// <summary>The member cutoff (Y/10/31) of ROC year <paramref name="roc"/>.</summary>
    public static DateOnly Cutoff(int roc) => new(roc + RocOffset, 10, 31);
}
