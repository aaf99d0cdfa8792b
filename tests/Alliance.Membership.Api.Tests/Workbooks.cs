using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Alliance.Membership.Api.Apis.Sheets;
using MiniExcelLibs;

namespace Alliance.Membership.Api.Tests;

/// <summary>Member workbooks for the reader's tests: a good one, and the same with its first sheet's XML or its parts changed.</summary>
internal static partial class Workbooks
{
    /// <summary>A workbook of the template's headers and <paramref name="rows"/> good member rows.</summary>
    public static byte[] Members(int rows)
    {
        var sheet = Enumerable.Range(0, rows).Select(index => SheetColumns.All.ToDictionary(
            column => column.Header,
            column => (object?)(column.Key switch
            {
                SheetColumns.Name => $"會員 {index}",
                SheetColumns.RegistrationNumber => "04595257",
                SheetColumns.Fee => 30000,
                _ => column.Example,
            }))).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(sheet, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    /// <summary>The workbook with its first sheet's XML edited.</summary>
    public static byte[] WithSheet(byte[] workbook, Func<string, string> edit) => WithParts(workbook, archive =>
    {
        var entry = archive.Entries.First(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal));
        string xml;
        using (var reader = new StreamReader(entry.Open()))
        {
            xml = reader.ReadToEnd();
        }

        var name = entry.FullName;
        entry.Delete();
        using var writer = new StreamWriter(archive.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(edit(xml));
    });

    public static byte[] WithParts(byte[] workbook, Action<ZipArchive> change)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            change(archive);
        }

        return stream.ToArray();
    }

    /// <summary>Every row also holds a cell in <paramref name="column"/>, and the sheet states no dimension (so a reader must find the width itself).</summary>
    public static string CellInEveryRow(string xml, string column) =>
        Dimension().Replace(RowEnd().Replace(xml, match =>
            $"{match.Groups["open"].Value}{match.Groups["body"].Value}<{match.Groups["prefix"].Value}c r=\"{column}{match.Groups["row"].Value}\" t=\"inlineStr\"><{match.Groups["prefix"].Value}is><{match.Groups["prefix"].Value}t>x</{match.Groups["prefix"].Value}t></{match.Groups["prefix"].Value}is></{match.Groups["prefix"].Value}c>{match.Groups["close"].Value}"),
            "");

    /// <summary>One more row, far down, with one cell.</summary>
    public static string RowAt(string xml, long row) =>
        SheetDataEnd().Replace(xml, match => $"<{match.Groups["prefix"].Value}row r=\"{row}\"><{match.Groups["prefix"].Value}c r=\"A{row}\" t=\"inlineStr\"><{match.Groups["prefix"].Value}is><{match.Groups["prefix"].Value}t>x</{match.Groups["prefix"].Value}t></{match.Groups["prefix"].Value}is></{match.Groups["prefix"].Value}c></{match.Groups["prefix"].Value}row>{match.Value}");

    /// <summary>The sheet's stated dimension, whatever its cells.</summary>
    public static string DimensionOf(string xml, string range) =>
        Dimension().Replace(xml, match => $"<{match.Groups["prefix"].Value}dimension ref=\"{range}\"/>");

    /// <summary>A document type declaration with an entity, used in the first cell's text.</summary>
    public static string WithDtd(string xml) =>
        XmlDeclaration().Replace(xml, match => $"{match.Value}<!DOCTYPE x [<!ENTITY big \"bigbigbigbig\">]>", 1);

    [GeneratedRegex("""(?<open><(?<prefix>\w+:)?row\b[^>]*\br="(?<row>\d+)"[^>]*>)(?<body>.*?)(?<close></\k<prefix>row>)""", RegexOptions.Singleline)]
    private static partial Regex RowEnd();

    [GeneratedRegex("""</(?<prefix>\w+:)?sheetData>""")]
    private static partial Regex SheetDataEnd();

    [GeneratedRegex("""<(?<prefix>\w+:)?dimension\b[^>]*/>""")]
    private static partial Regex Dimension();

    [GeneratedRegex("""^\s*<\?xml[^>]*\?>""")]
    private static partial Regex XmlDeclaration();
}
