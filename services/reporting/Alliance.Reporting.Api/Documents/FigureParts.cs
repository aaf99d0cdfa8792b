using Alliance.Reporting.Domain;
using Alliance.Reporting.Domain.Summary;

namespace Alliance.Reporting.Api.Documents;

/// <summary>What a row's figure is made of: an amount (NTD), a count, or the ratio.</summary>
internal enum FigureUnit
{
    Amount,
    Count,
    Ratio,
}

/// <summary>A part of a row's figure beside its headline: paid, north, fees, counted, applied, …, named as the JSON names it.</summary>
internal sealed record FigurePart(string Code, string Label);

/// <summary>
/// Reads the figures of a document's rows (the summary's own types) the same way for the PDF and the workbook: the
/// headline number of each and the parts beside it.
/// </summary>
internal static class FigureParts
{
    private static readonly FigurePart[] Breakdown =
    [
        new("total", "總會員數"), new("paid", "收費會員"), new("free", "免費會員"), new("north", "北部"),
        new("central", "中部"), new("south", "南部"), new("east", "東部"), new("islandsAndOverseas", "離島及海外"),
    ];

    public static FigureUnit UnitOf(SummaryKpi kpi) => kpi switch
    {
        SummaryKpi.RecurringOperatingRevenue or SummaryKpi.TechnologyTransfer or SummaryKpi.IndustryAcademiaCooperation
            or SummaryKpi.OperatingRevenue or SummaryKpi.DerivedOutputValue => FigureUnit.Amount,
        SummaryKpi.SelfSufficiencyRatio => FigureUnit.Ratio,
        _ => FigureUnit.Count,
    };

    /// <summary>The parts shown beside a row's headline; for the firm members, the breakdown after the total, in the summary's order.</summary>
    public static IReadOnlyList<FigurePart> PartsOf(SummaryKpi kpi) => kpi switch
    {
        SummaryKpi.FirmMembers => Breakdown[1..],
        SummaryKpi.RecurringOperatingRevenue => [new("fees", "會員費"), new("services", "技術服務收入"), new("other", "其它收入")],
        SummaryKpi.IndustryAcademiaCooperation => [new("counted", "計入 30%")],
        SummaryKpi.Patents => [new("applied", "申請"), new("granted", "獲證")],
        _ => [],
    };

    /// <summary>The firm-member breakdown with its total first: (1)總會員數 … (8)離島及海外.</summary>
    public static IReadOnlyList<FigurePart> BreakdownWithTotal => Breakdown;

    /// <summary>The headline: the total of the firm members and patents, the amount of recurring revenue and cooperation, the number itself otherwise.</summary>
    public static decimal? Headline(object? figure) => figure switch
    {
        null => null,
        decimal number => number,
        FirmMemberFigures f => f.Total,
        FirmMemberTarget t => t.Total,
        RecurringRevenueFigures r => r.Amount,
        CooperationFigures c => c.Amount,
        PatentFigures p => p.Total,
        _ => throw new ArgumentOutOfRangeException(nameof(figure), figure.GetType().Name, "Not a figure of the summary table."),
    };

    /// <summary>A part of the figure by its code; null when the figure has no such part (a plain target, no figure).</summary>
    public static decimal? Part(object? figure, string code) => (figure, code) switch
    {
        (FirmMemberFigures f, _) => Member(code, f.Total, f.Paid, f.Free, f.North, f.Central, f.South, f.East, f.IslandsAndOverseas),
        (FirmMemberTarget t, _) => Member(code, t.Total, t.Paid, t.Free, t.North, t.Central, t.South, t.East, t.IslandsAndOverseas),
        (RecurringRevenueFigures r, "fees") => r.Fees,
        (RecurringRevenueFigures r, "services") => r.Services,
        (RecurringRevenueFigures r, "other") => r.Other,
        (CooperationFigures c, "counted") => c.Counted,
        (PatentFigures p, "applied") => p.Applied,
        (PatentFigures p, "granted") => p.Granted,
        _ => null,
    };

    private static decimal? Member(string code, params int[] figures) =>
        Array.FindIndex(Breakdown, part => part.Code == code) is var at and >= 0 ? figures[at] : null;
}
