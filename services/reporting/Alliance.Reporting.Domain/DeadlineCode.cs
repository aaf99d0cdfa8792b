namespace Alliance.Reporting.Domain;

/// <summary>The deadlines of a programme year's calendar. Each has a stable code (<see cref="Deadlines.Code"/>) and a default date.</summary>
public enum DeadlineCode
{
    /// <summary><c>targets</c>: expected targets (預期成果), Y/04/15.</summary>
    Targets,

    /// <summary><c>targets-corrections</c>: targets corrected after the centre's audit, Y/06/30.</summary>
    TargetsCorrections,

    /// <summary><c>website</c>: the alliance's website and banner, Y/04/30.</summary>
    Website,

    /// <summary><c>progress-1</c>: the first interim progress return (Feb–Apr), Y/05/15.</summary>
    Progress1,

    /// <summary><c>progress-2</c>: the second interim progress return (May–Jul), Y/08/15.</summary>
    Progress2,

    /// <summary><c>kpi-1</c>: the first KPI report (第一次KPI填報, Feb–Oct), Y/10/31.</summary>
    Kpi1,

    /// <summary><c>midterm-report</c>: the mid-term report (期中報告), Y/10/31.</summary>
    MidtermReport,

    /// <summary><c>kpi-1-corrections</c>: corrections of the first KPI report, Y/12/31.</summary>
    Kpi1Corrections,

    /// <summary><c>kpi-2</c>: the second KPI report (第二次KPI填報, Nov–Jan), (Y+1)/01/31.</summary>
    Kpi2,

    /// <summary><c>review-results</c>: the mid-term review's results published, (Y+1)/01/31.</summary>
    ReviewResults,

    /// <summary><c>kpi-2-corrections</c>: corrections of the second KPI report, (Y+1)/02/28 (the 28th also in a leap year).</summary>
    Kpi2Corrections,
}

/// <summary>The deadline codes and each one's default date in a year; the dates are data the centre edits, these are only where they start.</summary>
public static class Deadlines
{
    private static readonly Dictionary<DeadlineCode, string> Codes = new()
    {
        [DeadlineCode.Targets] = "targets",
        [DeadlineCode.TargetsCorrections] = "targets-corrections",
        [DeadlineCode.Website] = "website",
        [DeadlineCode.Progress1] = "progress-1",
        [DeadlineCode.Progress2] = "progress-2",
        [DeadlineCode.Kpi1] = "kpi-1",
        [DeadlineCode.MidtermReport] = "midterm-report",
        [DeadlineCode.Kpi1Corrections] = "kpi-1-corrections",
        [DeadlineCode.Kpi2] = "kpi-2",
        [DeadlineCode.ReviewResults] = "review-results",
        [DeadlineCode.Kpi2Corrections] = "kpi-2-corrections",
    };

    private static readonly Dictionary<string, DeadlineCode> ByCode = Codes.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    /// <summary>Every deadline, in the calendar's order.</summary>
    public static readonly IReadOnlyList<DeadlineCode> All = Enum.GetValues<DeadlineCode>();

    public static string Code(DeadlineCode deadline) => Codes[deadline];

    /// <summary>Reads a code back (exact, lower case); false for anything else.</summary>
    public static bool TryParse(string? code, out DeadlineCode deadline)
    {
        deadline = default;
        return code is not null && ByCode.TryGetValue(code, out deadline);
    }

    /// <summary>The default date of <paramref name="deadline"/> in <paramref name="year"/>, as the issue lists them.</summary>
    public static DateOnly DefaultOf(DeadlineCode deadline, ProgrammeYear year)
    {
        var (y, next) = (year.Gregorian, year.Gregorian + 1);
        return deadline switch
        {
            DeadlineCode.Targets => new(y, 4, 15),
            DeadlineCode.TargetsCorrections => new(y, 6, 30),
            DeadlineCode.Website => new(y, 4, 30),
            DeadlineCode.Progress1 => new(y, 5, 15),
            DeadlineCode.Progress2 => new(y, 8, 15),
            DeadlineCode.Kpi1 => new(y, 10, 31),
            DeadlineCode.MidtermReport => new(y, 10, 31),
            DeadlineCode.Kpi1Corrections => new(y, 12, 31),
            DeadlineCode.Kpi2 => new(next, 1, 31),
            DeadlineCode.ReviewResults => new(next, 1, 31),
            // The default is the 28th, not the last day of February: a leap year keeps it.
            DeadlineCode.Kpi2Corrections => new(next, 2, 28),
            _ => throw new ArgumentOutOfRangeException(nameof(deadline), deadline, null),
        };
    }

    /// <summary>Every deadline of <paramref name="year"/> at its default date, in the calendar's order.</summary>
    public static IReadOnlyDictionary<DeadlineCode, DateOnly> DefaultsOf(ProgrammeYear year) =>
        All.ToDictionary(deadline => deadline, deadline => DefaultOf(deadline, year));
}
