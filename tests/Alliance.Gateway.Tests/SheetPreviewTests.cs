using Alliance.Gateway.Components.Membership;
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
