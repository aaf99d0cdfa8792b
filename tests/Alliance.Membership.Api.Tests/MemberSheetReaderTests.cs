using System.Diagnostics;
using System.IO.Compression;
using System.Globalization;
using Alliance.Membership.Api.Apis.Sheets;
using Alliance.ServiceDefaults.Problems;

namespace Alliance.Membership.Api.Tests;

/// <summary>A workbook beyond a bound, malformed or carrying a DTD is refused before it is read, quickly, as a 400 naming <c>file</c>.</summary>
public sealed class MemberSheetReaderTests
{
    private static readonly CultureInfo English = new("en");

    public static TheoryData<string, string> BeyondABound => new()
    {
        { "cell in column XFD", "column XFD" },
        { "cell in column CW", "column CW" },
        { "dimension to XFD", "column XFD" },
        { "row 2,000,000", "row 2,000,000" },
        { "80 columns of 30,000 rows", "2,400,000 cells" },
    };

    [Theory]
    [MemberData(nameof(BeyondABound))]
    public void Read_BeyondABound_RefusedAtOnceNamingFileAndTheBound(string sheet, string expected)
    {
        var workbook = sheet switch
        {
            "cell in column XFD" => Workbooks.WithSheet(Workbooks.Members(50), xml => Workbooks.CellInEveryRow(xml, "XFD")),
            "cell in column CW" => Workbooks.WithSheet(Workbooks.Members(2), xml => Workbooks.CellInEveryRow(xml, "CW")),
            "dimension to XFD" => Workbooks.WithSheet(Workbooks.Members(2), xml => Workbooks.DimensionOf(xml, "A1:XFD3")),
            "row 2,000,000" => Workbooks.WithSheet(Workbooks.Members(2), xml => Workbooks.RowAt(xml, 2_000_000)),
            _ => Workbooks.WithSheet(Workbooks.Members(2), xml => Workbooks.RowAt(Workbooks.CellInEveryRow(xml, "CB"), 30_000)),
        };

        var started = Stopwatch.StartNew();
        var refusal = Assert.Throws<DomainException>(() => MemberSheetReader.Read(new MemoryStream(workbook), TestContext.Current.CancellationToken));

        Assert.True(started.Elapsed < TimeSpan.FromSeconds(1), $"Refused after {started.Elapsed}.");
        Assert.Equal(ErrorCode.Invalid, refusal.Code);
        var message = Assert.Single(refusal.ErrorsIn(English)[MemberSheetReader.Field]);
        Assert.Contains(expected, message);
    }

    [Fact]
    public void Read_PartLargerUnpackedThanTheBound_Refused()
    {
        var workbook = Workbooks.WithParts(Workbooks.Members(2), archive =>
        {
            using var bomb = archive.CreateEntry("xl/media/image1.bin", CompressionLevel.Fastest).Open();
            var zeros = new byte[1024 * 1024];
            for (var megabyte = 0; megabyte < 257; megabyte++)
            {
                bomb.Write(zeros);
            }
        });

        var refusal = Assert.Throws<DomainException>(() => MemberSheetReader.Read(new MemoryStream(workbook), TestContext.Current.CancellationToken));

        Assert.Contains("256 MB unpacked", refusal.ErrorsIn(English)[MemberSheetReader.Field][0]);
    }

    public static TheoryData<string> MalformedSheets => new() { "dtd", "truncated", "not a row number" };

    [Theory]
    [MemberData(nameof(MalformedSheets))]
    public void Read_MalformedXmlOrDtd_RefusedNamingFile(string sheet)
    {
        var workbook = Workbooks.WithSheet(Workbooks.Members(2), xml => sheet switch
        {
            "dtd" => Workbooks.WithDtd(xml),
            "truncated" => xml[..(xml.Length / 2)],
            _ => xml.Replace("r=\"2\"", "r=\"two\"", StringComparison.Ordinal),
        });

        var refusal = Assert.Throws<DomainException>(() => MemberSheetReader.Read(new MemoryStream(workbook), TestContext.Current.CancellationToken));

        Assert.Equal(ErrorCode.Invalid, refusal.Code);
        Assert.Contains("XML", refusal.ErrorsIn(English)[MemberSheetReader.Field][0]);
    }

    [Fact]
    public void Read_GoodSheet_GivesEveryRow()
    {
        var rows = MemberSheetReader.Read(new MemoryStream(Workbooks.Members(300)), TestContext.Current.CancellationToken);

        Assert.Equal(Enumerable.Range(2, 300), rows.Select(r => r.Number));
        Assert.Equal("會員 299", rows[^1].Cells[SheetColumns.Name]);
    }

    [Fact]
    public void Read_CallerGone_Stops() =>
        Assert.Throws<OperationCanceledException>(() => MemberSheetReader.Read(new MemoryStream(Workbooks.Members(2)), new CancellationToken(canceled: true)));
}
