using System.Globalization;
using Alliance.ServiceDefaults.Problems;
using Alliance.ServiceDefaults.Sheets;

namespace Alliance.Membership.Api.Apis.Sheets;

/// <summary>What the import says of a workbook beyond a bound: which bound, the bound and what the file holds.</summary>
internal static class SheetBoundMessages
{
    public static readonly LocalizedText NotAWorkbook = new("檔案不是 Excel 活頁簿（.xlsx）。", "The file is not an Excel workbook (.xlsx).");

    public static LocalizedText Of(WorkbookProblem problem)
    {
        var limit = problem.Limit.ToString("N0", CultureInfo.InvariantCulture);
        var found = problem.Found.ToString("N0", CultureInfo.InvariantCulture);
        var members = (problem.Limit - 1).ToString("N0", CultureInfo.InvariantCulture);
        return problem.Bound switch
        {
            WorkbookBound.NotAWorkbook => NotAWorkbook,
            WorkbookBound.Entries => new($"活頁簿含 {found} 個組件，上限為 {limit} 個。", $"The workbook has {found} parts; at most {limit} are read."),
            WorkbookBound.UnpackedSize => new($"活頁簿解壓縮後超過 {problem.Limit / (1024 * 1024)} MB。", $"The workbook is larger than {problem.Limit / (1024 * 1024)} MB unpacked."),
            WorkbookBound.Columns => new(
                $"工作表有資料在 {Column(problem.Found)} 欄；會員工作表最多 {limit} 欄（至 {Column(problem.Limit)} 欄）。",
                $"The sheet has a cell in column {Column(problem.Found)}; a member sheet has at most {limit} columns (up to {Column(problem.Limit)})."),
            WorkbookBound.Rows => new(
                $"工作表用到第 {found} 列；會員工作表最多 {limit} 列（欄位名稱與 {members} 筆會員）。",
                $"The sheet reaches row {found}; a member sheet has at most {limit} rows (the headers and {members} members)."),
            WorkbookBound.Cells => new(
                $"工作表的範圍（列數乘欄數）達 {found} 格；上限為 {limit} 格。",
                $"The sheet spans {found} cells (rows times columns); at most {limit} are read."),
            _ => new(
                "活頁簿的 XML 格式有誤，或含有文件類型定義（DTD），活頁簿不需要也不接受。",
                "The workbook's XML is malformed, or declares a document type (DTD), which a workbook never needs and is not accepted."),
        };
    }

    /// <summary>A column's letters (1 is A, 16,384 is XFD); beyond three letters, its number.</summary>
    private static string Column(long number)
    {
        if (number is < 1 or > 18_278)
        {
            return $"#{number.ToString("N0", CultureInfo.InvariantCulture)}";
        }

        var letters = "";
        for (var rest = number; rest > 0; rest = (rest - 1) / 26)
        {
            letters = (char)('A' + (rest - 1) % 26) + letters;
        }

        return letters;
    }
}
