using Alliance.Messaging.Writes;
using Alliance.Reporting.Domain;

namespace Alliance.Reporting.Api.Data;

/// <summary>
/// A programme year the centre opened. Its period, cutoff and rounds follow from <see cref="Year"/> alone;
/// only the <see cref="Deadlines"/> are data (one row per code, every code present from the opening on).
/// Once <see cref="ClosedAt"/> is set the year, its deadlines, phases and targets change no more.
/// </summary>
public sealed class ReportingYear : IVersioned
{
    /// <summary>The ROC year, e.g. 108.</summary>
    public int Year { get; init; }
    public List<YearDeadline> Deadlines { get; init; } = [];
    public required string OpenedBy { get; init; }
    public DateTimeOffset OpenedAt { get; init; }
    public string? ClosedBy { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public long Version { get; set; }

    public bool IsClosed => ClosedAt is not null;

    public ProgrammeYear ProgrammeYear => ProgrammeYear.Create(Year);

    /// <summary>The date of <paramref name="deadline"/>: the stored one, else its default.</summary>
    public DateOnly DateOf(DeadlineCode deadline) =>
        Deadlines.FirstOrDefault(d => d.Code == Domain.Deadlines.Code(deadline))?.Date ?? Domain.Deadlines.DefaultOf(deadline, ProgrammeYear);
}

/// <summary>One deadline of a year, by its code (<c>targets</c>, …); changed only through the year, whose version and history cover it.</summary>
public sealed class YearDeadline
{
    public int Year { get; init; }
    public required string Code { get; init; }
    public DateOnly Date { get; set; }
}
