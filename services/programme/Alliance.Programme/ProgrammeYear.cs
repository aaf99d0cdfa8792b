namespace Alliance.Programme;

/// <summary>
/// A programme year (年度), named by its ROC year (民國年 = Gregorian − 1911). Its period, cutoff and
/// contract window follow from the number alone (DOMAIN.md, "The programme").
/// Invariant: <see cref="MinRoc"/> ≤ <see cref="Roc"/> ≤ <see cref="MaxRoc"/>.
/// </summary>
/// <remarks><c>default(ProgrammeYear)</c> bypasses <see cref="Create"/> (ROC 0); always use the factory.</remarks>
public readonly record struct ProgrammeYear
{
    /// <summary>Lowest ROC year accepted (2001); the programme is far younger.</summary>
    public const int MinRoc = 90;

    /// <summary>Highest ROC year accepted (2111).</summary>
    public const int MaxRoc = 200;

    /// <summary>Difference between a Gregorian and an ROC year number.</summary>
    public const int RocOffset = 1911;

    private ProgrammeYear(int roc) => Roc = roc;

    /// <summary>The ROC year number, e.g. 108.</summary>
    public int Roc { get; }

    /// <summary>The Gregorian year in which the programme year starts, e.g. 2019 for 108.</summary>
    public int Gregorian => Roc + RocOffset;

    /// <summary>First day of the programme period: Y/02/01.</summary>
    public DateOnly Start => new(Gregorian, 2, 1);

    /// <summary>Last day of the programme period (inclusive): (Y+1)/01/31.</summary>
    public DateOnly End => new(Gregorian + 1, 1, 31);

    /// <summary>The programme period, <see cref="Start"/> to <see cref="End"/> inclusive.</summary>
    public DateRange Period => DateRange.Create(Start, End);

    /// <summary>The member cutoff date (會員計算基準日): Y/10/31.</summary>
    public DateOnly Cutoff => new(Gregorian, 10, 31);

    /// <summary>
    /// Signing window of technology-transfer and cooperation contracts reported in this year:
    /// Y/01/01 to (Y+1)/01/31 inclusive. Windows of consecutive years overlap in January.
    /// </summary>
    public DateRange ContractWindow => DateRange.Create(new DateOnly(Gregorian, 1, 1), End);

    /// <summary>Creates the programme year for an ROC year number.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="roc"/> is outside <see cref="MinRoc"/>–<see cref="MaxRoc"/>.</exception>
    public static ProgrammeYear Create(int roc) =>
        TryCreate(roc, out var year)
            ? year
            : throw new ArgumentOutOfRangeException(nameof(roc), roc, $"A programme year must be between {MinRoc} and {MaxRoc}.");

    /// <summary>Creates the programme year, or returns false when <paramref name="roc"/> is out of range.</summary>
    public static bool TryCreate(int roc, out ProgrammeYear year)
    {
        if (roc is < MinRoc or > MaxRoc)
        {
            year = default;
            return false;
        }

        year = new ProgrammeYear(roc);
        return true;
    }

    /// <summary>The programme year whose period holds <paramref name="date"/>: January belongs to the year before (2020-01-31 is in 108, 2020-02-01 in 109).</summary>
    public static ProgrammeYear Containing(DateOnly date) => Create((date.Month >= 2 ? date.Year : date.Year - 1) - RocOffset);

    /// <summary>Whether <paramref name="date"/> falls in the programme period (both ends included).</summary>
    public bool Contains(DateOnly date) => Start <= date && date <= End;

    public override string ToString() => Roc.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
