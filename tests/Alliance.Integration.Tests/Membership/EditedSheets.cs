using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Alliance.Integration.Tests.Membership;

/// <summary>Member sheets built by <see cref="Infrastructure.MemberSheets"/> with their first sheet's XML changed, as a hostile or broken file would be.</summary>
public static partial class EditedSheets
{
    public static byte[] WithSheet(byte[] workbook, Func<string, string> edit)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
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
        }

        return stream.ToArray();
    }

    /// <summary>Each row also holds a cell in column XFD, and the sheet states no dimension.</summary>
    public static string CellInColumnXfd(string xml) =>
        Dimension().Replace(RowEnd().Replace(xml, match =>
        {
            var x = match.Groups["prefix"].Value;
            return $"{match.Groups["open"].Value}{match.Groups["body"].Value}<{x}c r=\"XFD{match.Groups["row"].Value}\" t=\"inlineStr\"><{x}is><{x}t>x</{x}t></{x}is></{x}c>{match.Groups["close"].Value}";
        }), "");

    public static string WithDtd(string xml) =>
        XmlDeclaration().Replace(xml, match => $"{match.Value}<!DOCTYPE x [<!ENTITY big \"bigbigbigbig\">]>", 1);

    [GeneratedRegex("""(?<open><(?<prefix>\w+:)?row\b[^>]*\br="(?<row>\d+)"[^>]*>)(?<body>.*?)(?<close></\k<prefix>row>)""", RegexOptions.Singleline)]
    private static partial Regex RowEnd();

    [GeneratedRegex("""<(?<prefix>\w+:)?dimension\b[^>]*/>""")]
    private static partial Regex Dimension();

    [GeneratedRegex("""^\s*<\?xml[^>]*\?>""")]
    private static partial Regex XmlDeclaration();
}
