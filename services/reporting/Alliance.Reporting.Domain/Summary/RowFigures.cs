namespace Alliance.Reporting.Domain.Summary;

/// <summary>What a row's figure is, and when two figures of a row differ: a submitted one and today's, or two submissions'.</summary>
public static class RowFigures
{
    /// <summary>
    /// The type <see cref="TableFigures.FigureOf"/> gives the row: the breakdown records for firm members, recurring operating
    /// revenue, industry–academia cooperation and patents; a number (null only for a ratio without a subsidy) otherwise.
    /// A stored figure is read back as this type.
    /// </summary>
    public static Type TypeOf(SummaryKpi kpi) => kpi switch
    {
        SummaryKpi.FirmMembers => typeof(FirmMemberFigures),
        SummaryKpi.RecurringOperatingRevenue => typeof(RecurringRevenueFigures),
        SummaryKpi.IndustryAcademiaCooperation => typeof(CooperationFigures),
        SummaryKpi.Patents => typeof(PatentFigures),
        _ when Enum.IsDefined(kpi) => typeof(decimal?),
        _ => throw new ArgumentOutOfRangeException(nameof(kpi), kpi, null),
    };

    /// <summary>
    /// Whether two figures of one row differ: by value, part by part for the breakdowns (600000 and 600000.00 are the same
    /// amount); a missing figure (null) differs from every figure but another missing one.
    /// </summary>
    public static bool Differ(object? first, object? second) => !Equals(first, second);
}
