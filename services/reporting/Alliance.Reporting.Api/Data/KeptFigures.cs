namespace Alliance.Reporting.Api.Data;

/// <summary>
/// How many of an alliance's current member copies count at a programme year's cutoff with one kind, region (empty when
/// none) and paid flag. Kept by a trigger on <c>roster_members</c> in the transaction that changes a copy (<see cref="KeptFiguresSql"/>),
/// so a view of the whole programme reads a few rows per alliance, whatever the number of members.
/// </summary>
public sealed class MemberCountRow
{
    public Guid AllianceId { get; init; }
    public int Year { get; init; }
    public string MemberKind { get; init; } = "";
    public string Region { get; init; } = "";
    public bool Paid { get; init; }

    /// <summary>0 once every member it counted has gone; such rows stay and are read as none.</summary>
    public int Count { get; init; }
}

/// <summary>
/// An alliance's accepted incomes of a programme year and category dated within the year's whole table (Y/01/01 to (Y+1)/01/31,
/// the dates of its cumulative kpi-2 table): their amount and how many. Kept by a trigger on <c>income_copies</c> (<see cref="KeptFiguresSql"/>).
/// </summary>
public sealed class IncomeYearSum
{
    public Guid AllianceId { get; init; }
    public int Year { get; init; }
    public string Category { get; init; } = "";
    public decimal Amount { get; init; }

    /// <summary>0 once every entry it summed has gone; such rows are read as none.</summary>
    public int Entries { get; init; }
}
