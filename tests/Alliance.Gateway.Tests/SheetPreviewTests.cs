using Alliance.Gateway.Web.Membership;
using MiniExcelLibs;

namespace Alliance.Gateway.Tests;

public sealed class SheetPreviewTests
{
    [Fact]
    public void Of_MemberRowsSomeWithAContractAndBlankRows_CountsTheNonBlankRowsAndTheirContractStarts()
    {
        var workbook = Workbook(
            ["名稱 name", "單位類型 kind", "合約開始 contractStart", "合約結束 contractEnd"],
            ["甲公司", "taiwan-company", "108/02/01", "109/01/31"],
            [null, null, null, null],
            ["乙公司", "taiwan-company", null, null],
            ["  ", "", null, null],
            ["丙個人", "natural-person", new DateTime(2019, 2, 1), "2020-01-31"]);

        Assert.Equal(new SheetPreview(3, 2), SheetPreview.Of(workbook));
    }

    [Theory]
    [InlineData("合約開始")]
    [InlineData("contractStart")]
    [InlineData("CONTRACTSTART")]
    public void Of_ContractStartHeaderInEitherLanguage_IsFound(string header)
    {
        var workbook = Workbook(["名稱 name", header], ["甲公司", "108/02/01"], ["乙公司", null]);

        Assert.Equal(new SheetPreview(2, 1), SheetPreview.Of(workbook));
    }

    [Fact]
    public void Of_NoContractStartColumn_CountsRowsAndNoContracts() =>
        Assert.Equal(new SheetPreview(1, 0), SheetPreview.Of(Workbook(["名稱 name"], ["甲公司"])));

    [Fact]
    public void Of_NotAWorkbook_IsNull() => Assert.Null(SheetPreview.Of("名稱,單位類型\n甲公司,taiwan-company"u8.ToArray()));

    [Fact]
    public void Of_CellInColumnXfd_IsNullAtOnce()
    {
        var workbook = Workbook(["名稱 name"], ["甲公司"]);
        using (var stream = new MemoryStream())
        {
            stream.Write(workbook);
            using (var archive = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
            {
                var sheet = archive.Entries.First(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal));
                string xml;
                using (var reader = new StreamReader(sheet.Open()))
                {
                    xml = reader.ReadToEnd();
                }

                var name = sheet.FullName;
                sheet.Delete();
                using var writer = new StreamWriter(archive.CreateEntry(name).Open());
                // Rows 1 to 200 each reach column XFD: a reader would fill in 16,384 cells a row.
                var rows = string.Concat(Enumerable.Range(3, 198).Select(r => $"<x:row r=\"{r}\"><x:c r=\"XFD{r}\" t=\"inlineStr\"><x:is><x:t>x</x:t></x:is></x:c></x:row>"));
                writer.Write(System.Text.RegularExpressions.Regex.Replace(xml.Replace("</x:sheetData>", rows + "</x:sheetData>", StringComparison.Ordinal), "<x:dimension[^>]*/>", ""));
            }

            workbook = stream.ToArray();
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        Assert.Null(SheetPreview.Of(workbook));
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(1), $"Answered after {started.Elapsed}.");
    }

    private static byte[] Workbook(params object?[][] rows)
    {
        // Without a header row of its own, MiniExcel writes each row's values under columns A, B, C…
        var sheet = rows.Select(row => row.Select((value, column) => (Key: ((char)('A' + column)).ToString(), Value: value))
            .ToDictionary(cell => cell.Key, cell => cell.Value)).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(sheet, printHeader: false, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }
}
