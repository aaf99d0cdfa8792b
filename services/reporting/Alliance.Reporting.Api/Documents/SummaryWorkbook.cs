using Alliance.Reporting.Domain.Summary;
using MiniExcelLibs;

namespace Alliance.Reporting.Api.Documents;

/// <summary>
/// The summary table as one .xlsx sheet: the PDF's columns with exact NTD (not 仟元) as numbers, one row per KPI and,
/// under the KPIs made of parts, a row per part (the firm-member breakdown, revenue's three parts, cooperation's
/// counted share, patents applied and granted), coded <c>kpi.part</c> as the JSON names them.
/// </summary>
internal static class SummaryWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Sheet = "成果綜整表";
    public const string Code = "指標代碼 kpi";
    public const string Item = "指標 item";
    public const string Target = "目標值 target";
    public const string Actual = "實際達成值 actual";
    public const string Variance = "簡要差異分析 variance";
    public const string LastYear = "上年度執行成果 last year";

    public static byte[] Write(SummaryDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var rows = document.Rows.SelectMany(RowsOf).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object> { [Sheet] = rows }, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    /// <summary>The file's name: the alliance's code, the round and the view, e.g. BM001-115-kpi-1-cumulative.xlsx.</summary>
    public static string FileName(SummaryDocument document) =>
        $"{document.AllianceCode}-{document.RoundId}-{SummaryViews.Code(document.View)}.xlsx";

    private static IEnumerable<Dictionary<string, object?>> RowsOf(SummaryDocumentRow row)
    {
        var code = SummaryKpis.Code(row.Kpi);
        yield return Row(code, DocumentText.Label(row.Kpi, thousands: false),
            FigureParts.Headline(row.Target), FigureParts.Headline(row.Actual), row.Variance, FigureParts.Headline(row.LastYear));
        foreach (var part in FigureParts.PartsOf(row.Kpi))
        {
            yield return Row($"{code}.{part.Code}", $"　{part.Label}",
                FigureParts.Part(row.Target, part.Code), FigureParts.Part(row.Actual, part.Code), null, FigureParts.Part(row.LastYear, part.Code));
        }
    }

    private static Dictionary<string, object?> Row(string code, string item, decimal? target, decimal? actual, string? variance, decimal? lastYear) => new()
    {
        [Code] = code,
        [Item] = item,
        [Target] = target,
        [Actual] = actual,
        [Variance] = variance,
        [LastYear] = lastYear,
    };
}
