using Alliance.Programme;

namespace Alliance.Gateway.Web.Text;

/// <summary>The programme years (年度) as the pages offer them; "today" is Taiwan's date.</summary>
public static class ProgrammeYears
{
    public static int Of(DateOnly date) => ProgrammeYear.Containing(date).Roc;

    public static int Current(TimeProvider clock) =>
        Of(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), DisplayDates.Taipei).DateTime));

    /// <summary>The years a page offers to choose from: this one back to 100, newest first.</summary>
    public static IEnumerable<(string Value, string Text)> Choices(TimeProvider clock) =>
        Enumerable.Range(100, Current(clock) - 99).Reverse()
            .Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Select(y => (y, y));

    /// <summary>The member cutoff (Y/10/31) of ROC year <paramref name="roc"/>.</summary>
    public static DateOnly Cutoff(int roc) => ProgrammeYear.Create(roc).Cutoff;
}
