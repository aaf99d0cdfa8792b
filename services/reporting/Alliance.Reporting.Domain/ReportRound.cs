using System.Globalization;

namespace Alliance.Reporting.Domain;

/// <summary>The four report rounds of a year.</summary>
public enum RoundKind
{
    /// <summary><c>progress-1</c>: interim progress, Y/02/01–Y/04/30.</summary>
    Progress1,

    /// <summary><c>progress-2</c>: interim progress, Y/05/01–Y/07/31.</summary>
    Progress2,

    /// <summary><c>kpi-1</c>: 第一次KPI填報, Y/02/01–Y/10/31.</summary>
    Kpi1,

    /// <summary><c>kpi-2</c>: 第二次KPI填報, Y/11/01–(Y+1)/01/31.</summary>
    Kpi2,
}

/// <summary>
/// One report round of a programme year, named <c>{year}-{kind}</c> (<c>108-kpi-1</c>). Its period and its
/// deadline's code follow from the year and the kind alone; the deadline's date is the year's data.
/// </summary>
public sealed record ReportRound(ProgrammeYear Year, RoundKind Kind)
{
    /// <summary>The kind's part of a round id, which is also its deadline's code.</summary>
    public static string KindCode(RoundKind kind) => kind switch
    {
        RoundKind.Progress1 => "progress-1",
        RoundKind.Progress2 => "progress-2",
        RoundKind.Kpi1 => "kpi-1",
        RoundKind.Kpi2 => "kpi-2",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public string Id => string.Create(CultureInfo.InvariantCulture, $"{Year.Roc}-{KindCode(Kind)}");

    /// <summary>The dates whose records the round's quarterly table counts, both ends inclusive.</summary>
    public DateRange Period
    {
        get
        {
            var y = Year.Gregorian;
            return Kind switch
            {
                RoundKind.Progress1 => DateRange.Create(new(y, 2, 1), new(y, 4, 30)),
                RoundKind.Progress2 => DateRange.Create(new(y, 5, 1), new(y, 7, 31)),
                RoundKind.Kpi1 => DateRange.Create(new(y, 2, 1), new(y, 10, 31)),
                RoundKind.Kpi2 => DateRange.Create(new(y, 11, 1), new(y + 1, 1, 31)),
                _ => throw new InvalidOperationException($"No period for {Kind}."),
            };
        }
    }

    /// <summary>The deadline the round is due by.</summary>
    public DeadlineCode Deadline => Kind switch
    {
        RoundKind.Progress1 => DeadlineCode.Progress1,
        RoundKind.Progress2 => DeadlineCode.Progress2,
        RoundKind.Kpi1 => DeadlineCode.Kpi1,
        RoundKind.Kpi2 => DeadlineCode.Kpi2,
        _ => throw new InvalidOperationException($"No deadline for {Kind}."),
    };

    /// <summary>The year's rounds in their order: progress-1, progress-2, kpi-1, kpi-2.</summary>
    public static IReadOnlyList<ReportRound> Of(ProgrammeYear year) => Enum.GetValues<RoundKind>().Select(kind => new ReportRound(year, kind)).ToArray();

    /// <summary>
    /// Reads a round id. <see cref="RoundIdReading.Malformed"/> (a 400) when it is not 1–3 ASCII digits, a
    /// hyphen and lower-case words; <see cref="RoundIdReading.Unknown"/> (a 404) when well formed but no
    /// round has it (a year out of range, a kind that is none of the four).
    /// </summary>
    public static RoundIdReading TryParse(string? id, out ReportRound? round)
    {
        round = null;
        var hyphen = id?.IndexOf('-', StringComparison.Ordinal) ?? -1;
        if (id is null || hyphen is < 1 or > 3 || !id[..hyphen].All(char.IsAsciiDigit) || !IsKindShaped(id[(hyphen + 1)..]))
        {
            return RoundIdReading.Malformed;
        }

        var roc = int.Parse(id[..hyphen], NumberStyles.None, CultureInfo.InvariantCulture);
        var kindCode = id[(hyphen + 1)..];
        var kind = Enum.GetValues<RoundKind>().Cast<RoundKind?>().FirstOrDefault(k => KindCode(k!.Value) == kindCode);
        if (kind is null || !ProgrammeYear.TryCreate(roc, out var year))
        {
            return RoundIdReading.Unknown;
        }

        round = new ReportRound(year, kind.Value);
        return RoundIdReading.Found;
    }

    /// <summary>
    /// The date a record counts at, for a record of <paramref name="named"/> dated <paramref name="date"/>:
    /// a record dated in January of the named year (a transfer or cooperation contract signed Y/01/01–Y/01/31,
    /// inside the year's contract window but before its period) counts on the year's first day, Y/02/01,
    /// so it falls in the first period of the year; any other date counts as it is.
    /// </summary>
    public static DateOnly CountingDate(ProgrammeYear named, DateOnly date) =>
        date.Year == named.Gregorian && date.Month == 1 ? named.Start : date;

    /// <summary>
    /// Whether a record that names <paramref name="named"/> and is dated <paramref name="date"/> belongs to this
    /// round's period: it names the round's year, and its <see cref="CountingDate"/> lies in the period.
    /// </summary>
    public bool Holds(ProgrammeYear named, DateOnly date) => named == Year && Period.Contains(CountingDate(named, date));

    private static bool IsKindShaped(string text) =>
        text.Length is > 0 and <= 40 && text.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}

/// <summary>What reading a round id found.</summary>
public enum RoundIdReading
{
    Found,

    /// <summary>Not shaped like a round id at all (400).</summary>
    Malformed,

    /// <summary>Shaped like one, but no round has it (404).</summary>
    Unknown,
}
