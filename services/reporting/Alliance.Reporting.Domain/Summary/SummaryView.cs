namespace Alliance.Reporting.Domain.Summary;

/// <summary>The two tables of a round: <c>quarterly</c> (季) and <c>cumulative</c> (累計).</summary>
public enum SummaryView
{
    /// <summary>Incomes and activities dated within the round's period.</summary>
    Quarterly,

    /// <summary>Incomes and activities from the year's start to the end of the round's period.</summary>
    Cumulative,
}

/// <summary>Which dates a round's table counts, by view.</summary>
public static class SummaryViews
{
    /// <summary>
    /// The counting dates (see <see cref="ReportRound.CountingDate"/>) a table counts, both ends inclusive: the round's
    /// period when quarterly; from the year's start (Y/02/01) to the period's end when cumulative. Members are a stock
    /// and are not dated: both views count them at the year's cutoff.
    /// </summary>
    public static DateRange CountedDates(ReportRound round, SummaryView view)
    {
        ArgumentNullException.ThrowIfNull(round);
        return view switch
        {
            SummaryView.Quarterly => round.Period,
            SummaryView.Cumulative => DateRange.Create(round.Year.Start, round.Period.End),
            _ => throw new ArgumentOutOfRangeException(nameof(view), view, null),
        };
    }

    /// <summary>
    /// The record dates to read for a table: the counted dates, widened to start on Y/01/01 when they hold the year's
    /// first day, since a record of year Y dated in Y's January counts on Y/02/01 (the January rule). Every record of
    /// year Y dated in this range has its counting date in <see cref="CountedDates"/>, and no other record of Y has.
    /// </summary>
    public static DateRange RecordDates(ReportRound round, SummaryView view)
    {
        var counted = CountedDates(round, view);
        var start = round.Year.Start;
        return counted.Contains(start) ? DateRange.Create(new DateOnly(start.Year, 1, 1), counted.End) : counted;
    }

    /// <summary>The view's API name (<c>quarterly</c>, <c>cumulative</c>).</summary>
    public static string Code(SummaryView view) => view switch
    {
        SummaryView.Quarterly => "quarterly",
        SummaryView.Cumulative => "cumulative",
        _ => throw new ArgumentOutOfRangeException(nameof(view), view, null),
    };
}
