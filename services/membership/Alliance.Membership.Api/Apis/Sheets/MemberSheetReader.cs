using Alliance.ServiceDefaults.Problems;
using MiniExcelLibs;

namespace Alliance.Membership.Api.Apis.Sheets;

/// <summary>One data row of the sheet: its 1-based row number in the sheet and its cells by column key.</summary>
public sealed record SheetRow(int Number, IReadOnlyDictionary<string, object?> Cells);

/// <summary>
/// Reads the first worksheet of an uploaded .xlsx: row 1 holds the headers, every later non-blank
/// row is a member. Anything else is a 400 naming <c>file</c>.
/// </summary>
public static class MemberSheetReader
{
    public const string Field = "file";

    /// <summary>The columns an upload must have; the others may be left out.</summary>
    public static IReadOnlyList<SheetColumn> RequiredColumns { get; } = SheetColumns.All.Where(c => c.Required).ToArray();

    /// <exception cref="DomainException"><see cref="ErrorCode.Invalid"/>: not an .xlsx, a required header missing, or no rows.</exception>
    public static IReadOnlyList<SheetRow> Read(Stream xlsx)
    {
        var rows = ReadCells(xlsx);
        if (rows.Count == 0)
        {
            throw Invalid(new("工作表是空的，第 1 列須為欄位名稱。", "The sheet is empty; row 1 must hold the column headers."));
        }

        var keyOfColumn = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (column, header) in rows[0])
        {
            if (SheetColumns.KeyOf(SheetCells.Text(header)) is { } key && !keyOfColumn.ContainsValue(key))
            {
                keyOfColumn[column] = key;
            }
        }

        var missing = RequiredColumns.Where(c => !keyOfColumn.ContainsValue(c.Key)).Select(c => c.Header).ToArray();
        if (missing.Length > 0)
        {
            throw Invalid(new($"缺少欄位：{string.Join("、", missing)}。", $"Missing columns: {string.Join(", ", missing)}."));
        }

        var result = new List<SheetRow>(rows.Count);
        for (var index = 1; index < rows.Count; index++)
        {
            if (rows[index].Values.All(SheetCells.IsBlank))
            {
                continue;
            }

            var cells = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (column, key) in keyOfColumn)
            {
                cells[key] = rows[index].TryGetValue(column, out var value) ? value : null;
            }

            result.Add(new SheetRow(index + 1, cells));
        }

        return result.Count > 0
            ? result
            : throw Invalid(new("工作表沒有會員資料列。", "The sheet has no member rows."));
    }

    private static List<IDictionary<string, object?>> ReadCells(Stream xlsx)
    {
        try
        {
            // Without the header row MiniExcel keys cells by column letter and yields every row from row 1, blank ones too.
            return xlsx.Query(useHeaderRow: false, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();
        }
        catch (InvalidDataException)
        {
            throw NotAWorkbook();
        }
        catch (InvalidOperationException)
        {
            // A zip archive without a workbook in it.
            throw NotAWorkbook();
        }
    }

    private static DomainException NotAWorkbook() => Invalid(new("檔案不是 Excel 活頁簿（.xlsx）。", "The file is not an Excel workbook (.xlsx)."));

    public static DomainException Invalid(LocalizedText message) => DomainException.Invalid(Field, message);
}
