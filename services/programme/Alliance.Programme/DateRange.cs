namespace Alliance.Programme;

/// <summary>
/// A period of whole days. Both <see cref="Start"/> and <see cref="End"/> are inclusive, so a
/// one-day range has <c>Start == End</c>. Invariant: <c>Start &lt;= End</c>.
/// </summary>
/// <remarks><c>default(DateRange)</c> is the single day 0001-01-01, which satisfies the invariant.</remarks>
public readonly record struct DateRange
{
    private DateRange(DateOnly start, DateOnly end)
    {
        Start = start;
        End = end;
    }

    /// <summary>First day of the range (inclusive).</summary>
    public DateOnly Start { get; }

    /// <summary>Last day of the range (inclusive).</summary>
    public DateOnly End { get; }

    /// <summary>Creates an inclusive range.</summary>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public static DateRange Create(DateOnly start, DateOnly end) =>
        end < start
            ? throw new ArgumentException($"The end {end:yyyy-MM-dd} is before the start {start:yyyy-MM-dd}.", nameof(end))
            : new DateRange(start, end);

    /// <summary>Whether <paramref name="date"/> lies between the start and the end, both included.</summary>
    public bool Contains(DateOnly date) => Start <= date && date <= End;

    public override string ToString() => $"{Start:yyyy-MM-dd}..{End:yyyy-MM-dd}";
}
