using Alliance.ServiceDefaults.Sheets;
using MiniExcelLibs;

namespace Alliance.Gateway.Web.Membership;

/// <summary>
/// What the page can tell of an uploaded member sheet before the service checks it: how many member
/// rows it has (non-blank rows after the header row, as the service reads them) and how many of them
/// carry a contract start. After an all-or-nothing import succeeded, every such row became a contract
/// (the service refuses a row with contract columns but no start), so the second number is the
/// contracts applied. Null when the file is not a readable workbook, or one beyond
/// <see cref="WorkbookBounds"/> that is not read at all: the service will say why.
/// </summary>
public sealed record SheetPreview(int Rows, int RowsWithContract)
{
    private static readonly string[] ContractStartHeaders = ["合約開始 contractStart", "合約開始", "contractStart"];

    public static SheetPreview? Of(byte[] workbook)
    {
        try
        {
            using var stream = new MemoryStream(workbook);
            if (WorkbookBounds.Check(stream, CancellationToken.None) is not null)
            {
                return null;
            }

            var rows = stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();
            if (rows.Count == 0)
            {
                return null;
            }

            var startColumn = rows[0].FirstOrDefault(cell => ContractStartHeaders.Contains(Text(cell.Value), StringComparer.OrdinalIgnoreCase)).Key;
            var members = rows.Skip(1).Where(row => row.Values.Any(value => Text(value) is not null)).ToList();
            var withContract = startColumn is null ? 0 : members.Count(row => row.TryGetValue(startColumn, out var start) && Text(start) is not null);
            return new SheetPreview(members.Count, withContract);
        }
        catch (Exception unreadable) when (unreadable is InvalidDataException or InvalidOperationException or System.Xml.XmlException)
        {
            return null;
        }
    }

    private static string? Text(object? cell) => cell switch
    {
        null => null,
        string text => string.IsNullOrWhiteSpace(text) ? null : text.Trim(),
        _ => cell.ToString(),
    };
}
