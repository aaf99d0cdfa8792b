using System.Globalization;

namespace Alliance.Gateway.Web.Text;

/// <summary>
/// Ratios as the programme reports them: the API's decimal (1.0523) shown as a percentage with two
/// decimals (105.23%), rounded half away from zero; a change between two ratios in percentage points.
/// </summary>
public static class DisplayRatio
{
    public static string Percentage(decimal? ratio) =>
        ratio is { } value ? $"{Percent(value).ToString("#,##0.00", CultureInfo.InvariantCulture)}%" : "—";

    /// <summary>The difference of two ratios in percentage points, signed (+5.23, -0.50).</summary>
    public static string PointsChange(decimal? change) =>
        change is { } value ? Percent(value).ToString("+#,##0.00;-#,##0.00;0.00", CultureInfo.InvariantCulture) : "—";

    /// <summary>A share such as a category's weight as a plain percentage: 0.3 is 30%, 0.125 is 12.5%.</summary>
    public static string Share(decimal share) => $"{(share * 100m).ToString("0.##", CultureInfo.InvariantCulture)}%";

    private static decimal Percent(decimal ratio) => Math.Round(ratio * 100m, 2, MidpointRounding.AwayFromZero);
}
