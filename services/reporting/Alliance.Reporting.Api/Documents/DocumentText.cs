using System.Globalization;
using Alliance.Reporting.Domain;
using Alliance.Reporting.Domain.Summary;

namespace Alliance.Reporting.Api.Documents;

/// <summary>
/// The words and figures of the summary's documents, in zh-TW as the programme's paper is written: the title, the rows'
/// names, amounts in 仟元 and ROC dates (民國 108/10/31, Taiwan time).
/// </summary>
internal static class DocumentText
{
    /// <summary>How the PDF rounds, written in its header.</summary>
    public const string AmountNote = "金額單位：仟元（新臺幣元 ÷ 1,000，四捨五入至整數仟元）";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>108年度 產學技術聯盟合作計畫 成果綜整表（累計）, or （季） for the quarterly table.</summary>
    public static string Title(int year, SummaryView view) =>
        string.Create(Invariant, $"{year}年度 產學技術聯盟合作計畫 成果綜整表（{(view == SummaryView.Cumulative ? "累計" : "季")}）");

    public static string RoundName(RoundKind kind) => kind switch
    {
        RoundKind.Progress1 => "第一次工作進度",
        RoundKind.Progress2 => "第二次工作進度",
        RoundKind.Kpi1 => "第一次KPI填報",
        RoundKind.Kpi2 => "第二次KPI填報",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The row's name with its unit; amounts in 仟元 on paper, in 元 (exact NTD) in the workbook.</summary>
    public static string Label(SummaryKpi kpi, bool thousands) => kpi switch
    {
        SummaryKpi.FirmMembers => "廠商會員數（家）",
        SummaryKpi.IndividualMembers => "個人會員數（人）",
        SummaryKpi.OtherMembers => "其它會員數（家）",
        SummaryKpi.RecurringOperatingRevenue => $"經常性營運收入（{Money(thousands)}）",
        SummaryKpi.TechnologyTransfer => $"技術轉移收入（{Money(thousands)}）",
        SummaryKpi.IndustryAcademiaCooperation => $"產學合作收入（{Money(thousands)}）",
        SummaryKpi.OperatingRevenue => $"聯盟營運收入（{Money(thousands)}）",
        SummaryKpi.SelfSufficiencyRatio => "自給自足率（營運收入／補助款）",
        SummaryKpi.PromotionEvents => "聯盟推廣活動（場）",
        SummaryKpi.TechnicalSeminars => "技術研討會（場）",
        SummaryKpi.Consultations => "專業諮詢服務（次）",
        SummaryKpi.OnSiteGuidance => "訪廠現地指導（次）",
        SummaryKpi.NewProducts => "協助會員開發之新產品（項）",
        SummaryKpi.NewTechnologies => "協助會員研發之新技術（項）",
        SummaryKpi.Patents => "輔導聯盟會員專利申請或獲證（件）",
        SummaryKpi.TechnicalServiceCases => "技術服務案件（件）",
        SummaryKpi.NewHires => "聯盟會員新聘人員（人）",
        SummaryKpi.DerivedOutputValue => $"聯盟會員衍生產值（{Money(thousands)}）",
        _ => throw new ArgumentOutOfRangeException(nameof(kpi), kpi, null),
    };

    /// <summary>
    /// A cell of the PDF: the headline (amounts in whole 仟元, the ratio as a percentage, "—" when there is none), then
    /// each part on a line of its own; the firm members' total only, as their breakdown is written out below the row.
    /// </summary>
    public static IReadOnlyList<string> Cell(SummaryKpi kpi, object? figure)
    {
        var unit = FigureParts.UnitOf(kpi);
        var main = FigureParts.Headline(figure) is { } value ? Number(value, unit) + (kpi == SummaryKpi.FirmMembers ? "家" : "") : "—";
        var parts = kpi == SummaryKpi.FirmMembers ? [] : FigureParts.PartsOf(kpi)
            .Where(p => FigureParts.Part(figure, p.Code) is not null)
            .Select(p => $"{p.Label} {Number(FigureParts.Part(figure, p.Code)!.Value, unit)}");
        return [main, .. parts];
    }

    /// <summary>The firm-member breakdown written out: (1)總會員數: 6家, (2)收費會員: 6家, … (8)離島及海外: 0家; empty when there is none.</summary>
    public static IReadOnlyList<string> Breakdown(object? figure) =>
        FigureParts.Part(figure, "total") is null ? [] : FigureParts.BreakdownWithTotal
            .Select((part, i) => string.Create(Invariant, $"({i + 1}){part.Label}: {FigureParts.Part(figure, part.Code)}家"))
            .ToArray();

    /// <summary>Whole 仟元 with thousands separators, rounded half away from zero (<see cref="ThousandNtd"/>).</summary>
    public static string Thousands(decimal ntd) => ThousandNtd.From(ntd).ToString("#,##0", Invariant);

    /// <summary>An ROC date, 108/10/31.</summary>
    public static string Date(DateOnly date) => RocDate.Format(date);

    /// <summary>An instant in Taiwan time: 民國 108/10/31 14:05.</summary>
    public static string Time(DateTimeOffset instant)
    {
        var taiwan = instant.ToOffset(Punctuality.TaiwanOffset);
        return $"民國 {RocDate.Format(DateOnly.FromDateTime(taiwan.DateTime))} {taiwan.ToString("HH:mm", Invariant)}";
    }

    private static string Number(decimal value, FigureUnit unit) => unit switch
    {
        FigureUnit.Amount => Thousands(value),
        FigureUnit.Ratio => (value * 100m).ToString("0.00", Invariant) + "%",
        _ => value.ToString("#,##0.##", Invariant),
    };

    private static string Money(bool thousands) => thousands ? "仟元" : "元";
}
