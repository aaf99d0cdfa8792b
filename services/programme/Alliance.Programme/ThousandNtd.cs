namespace Alliance.Programme;

/// <summary>Amounts shown in thousand NTD (仟元), as every report of the programme shows money.</summary>
public static class ThousandNtd
{
    /// <summary>
    /// NTD to whole 仟元, rounded half away from zero: 1,499 → 1; 1,500 → 2; 500 → 1; −500 → −1; 499 → 0.
    /// Only for display; amounts are stored and added up in exact NTD.
    /// </summary>
    public static decimal From(decimal ntd) => Math.Round(ntd / 1000m, 0, MidpointRounding.AwayFromZero);
}
