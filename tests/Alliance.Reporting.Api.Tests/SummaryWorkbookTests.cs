using Alliance.Reporting.Api.Documents;
using MiniExcelLibs;

namespace Alliance.Reporting.Api.Tests;

public sealed class SummaryWorkbookTests
{
    [Fact]
    public void Write_FirstAlliance_ReadsBackExactNtdWithTheBreakdownRows()
    {
        var workbook = SummaryWorkbook.Write(Documents.First());

        using var stream = new MemoryStream(workbook);
        Assert.Equal([SummaryWorkbook.Sheet], stream.GetSheetNames());
        var rows = stream.Query(useHeaderRow: true, sheetName: SummaryWorkbook.Sheet).Cast<IDictionary<string, object?>>()
            .ToDictionary(r => (string)r[SummaryWorkbook.Code]!);

        Assert.Equal(
        [
            "firm-members", "firm-members.paid", "firm-members.free", "firm-members.north", "firm-members.central", "firm-members.south",
            "firm-members.east", "firm-members.islandsAndOverseas", "individual-members", "other-members",
            "recurring-operating-revenue", "recurring-operating-revenue.fees", "recurring-operating-revenue.services", "recurring-operating-revenue.other",
            "technology-transfer", "industry-academia-cooperation", "industry-academia-cooperation.counted", "operating-revenue", "self-sufficiency-ratio",
            "promotion-events", "technical-seminars", "consultations", "on-site-guidance", "new-products", "new-technologies",
            "patents", "patents.applied", "patents.granted", "technical-service-cases", "new-hires", "derived-output-value",
        ], rows.Keys);
        Assert.Equal((8m, 6m, 5m), Figures(rows["firm-members"]));
        Assert.Equal((1m, 3m, 1m), Figures(rows["firm-members.south"]));
        Assert.Equal((0m, 0m, 1m), Figures(rows["firm-members.islandsAndOverseas"]));
        Assert.Equal((1_500_000m, 1_100_500m, 900_000m), Figures(rows["recurring-operating-revenue"]));
        Assert.Equal((null, 650_499m, 500_000m), Figures(rows["recurring-operating-revenue.services"]));
        Assert.Equal((null, 600_000m, 0m), Figures(rows["industry-academia-cooperation.counted"]));
        Assert.Equal((null, 2_900_500m, 900_000m), Figures(rows["operating-revenue"]));
        Assert.Equal((null, 0.5801m, null), Figures(rows["self-sufficiency-ratio"]));
        Assert.Equal((5_000_000m, 250_000.50m, 0m), Figures(rows["derived-output-value"]));
        Assert.Equal((null, 1m, 0m), Figures(rows["patents.granted"]));
        Assert.Equal("經常性營運收入（元）", rows["recurring-operating-revenue"][SummaryWorkbook.Item]);
        Assert.Equal("已達預期會員數之七成五，第四季將再招募二家。", rows["firm-members"][SummaryWorkbook.Variance]);
    }

    [Fact]
    public void FileName_Document_CodeRoundAndView() =>
        Assert.Equal(("BM001-108-kpi-1-cumulative.xlsx", "EE207-115-progress-2-quarterly.xlsx"),
            (SummaryWorkbook.FileName(Documents.First()), SummaryWorkbook.FileName(Documents.Second())));

    /// <summary>Target, actual and last year as MiniExcel hands numbers back (double), made decimal again.</summary>
    private static (decimal?, decimal?, decimal?) Figures(IDictionary<string, object?> row) =>
        (Number(row[SummaryWorkbook.Target]), Number(row[SummaryWorkbook.Actual]), Number(row[SummaryWorkbook.LastYear]));

    private static decimal? Number(object? cell) => cell is null ? null : (decimal)Convert.ToDouble(cell, System.Globalization.CultureInfo.InvariantCulture);
}
