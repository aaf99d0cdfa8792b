using System.Xml;
using Alliance.ServiceDefaults.Problems;
using Alliance.ServiceDefaults.Sheets;
using MiniExcelLibs;

namespace Alliance.Membership.Api.Apis.Sheets;

/// <summary>One data row of the sheet: its 1-based row number in the sheet and its cells by column key.</summary>
public sealed record SheetRow(int Number, IReadOnlyDictionary<string, object?> Cells);

/// <summary>
/// Reads the first worksheet of an uploaded .xlsx: row 1 holds the headers, every later non-blank
/// row is a member. Anything else is a 400 naming <c>file</c>, and so is a workbook beyond
/// <see cref="WorkbookBounds"/>, refused before it is read.
/// </summary>
public static class MemberSheetReader
{
    public const string Field = "file";

    /// <summary>The columns an upload must have; the others may be left out.</summary>
    public static IReadOnlyList<SheetColumn> RequiredColumns { get; } = SheetColumns.All.Where(c => c.Required).ToArray();

    /// <exception cref="DomainException"><see cref="ErrorCode.Invalid"/>: not an .xlsx, beyond a bound, malformed, a required header missing, or no rows.</exception>
    /// <exception cref="OperationCanceledException">the caller has gone</exception>
    public static IReadOnlyList<SheetRow> Read(Stream xlsx, CancellationToken cancellationToken)
    {
        if (WorkbookBounds.Check(xlsx, cancellationToken) is { } problem)
        {
            throw Invalid(SheetBoundMessages.Of(problem));
        }

        var rows = ReadCells(xlsx, cancellationToken);
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
            if (index % 1024 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

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

    private static List<IDictionary<string, object?>> ReadCells(Stream xlsx, CancellationToken cancellationToken)
    {
        try
        {
            // Without the header row MiniExcel keys cells by column letter and yields every row from row 1, blank ones too.
            var rows = new List<IDictionary<string, object?>>();
            foreach (IDictionary<string, object?> row in xlsx.Query(useHeaderRow: false, excelType: ExcelType.XLSX))
            {
                if (rows.Count % 1024 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                rows.Add(row);
            }

            return rows;
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
        catch (XmlException)
        {
            // Well-formed XML (the bounds read every part) that is still not what a workbook holds.
            throw NotAWorkbook();
        }
    }

    private static DomainException NotAWorkbook() => Invalid(SheetBoundMessages.NotAWorkbook);

    public static DomainException Invalid(LocalizedText message) => DomainException.Invalid(Field, message);
}
