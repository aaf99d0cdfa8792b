using System.Globalization;

namespace Alliance.Gateway.Web.Text;

/// <summary>
/// Money as the programme reports it: stored in NTD, shown in thousand NTD (仟元) with thousands
/// separators, rounded half away from zero to whole 仟元 (1,234,500 NTD → 1,235).
/// </summary>
public static class DisplayMoney
{
    public static string ThousandNtd(decimal ntd) =>
        Alliance.Programme.ThousandNtd.From(ntd).ToString("#,##0", CultureInfo.InvariantCulture);

    /// <summary>A change in 仟元 with its sign (+1,235, -2, 0); a missing change shows as a dash.</summary>
    public static string ThousandNtdChange(decimal? ntd) =>
        ntd is { } value
            ? Alliance.Programme.ThousandNtd.From(value).ToString("+#,##0;-#,##0;0", CultureInfo.InvariantCulture)
            : "—";

    /// <summary>The exact amount in NTD with separators, for forms where the user enters NTD.</summary>
    public static string Ntd(decimal ntd) => ntd.ToString("#,##0.##", CultureInfo.InvariantCulture);
}
