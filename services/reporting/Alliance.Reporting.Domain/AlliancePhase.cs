namespace Alliance.Reporting.Domain;

/// <summary>An alliance's phase (第一期, 第二期) and year within it (1–3), as at one programme year.</summary>
public readonly record struct AlliancePhase(int Phase, int YearInPhase)
{
    /// <summary>The phase-1 year 3, whose targets bound phase 2's.</summary>
    public static readonly AlliancePhase PhaseOneYearThree = new(1, 3);

    public static bool IsValidPhase(int phase) => phase is 1 or 2;

    public static bool IsValidYearInPhase(int yearInPhase) => yearInPhase is >= 1 and <= 3;
}
