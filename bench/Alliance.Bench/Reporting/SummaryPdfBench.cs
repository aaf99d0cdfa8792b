using System.Diagnostics;
using System.Globalization;
using Alliance.Programme;
using Alliance.Reporting.Api.Documents;
using Alliance.Reporting.Domain.Summary;

namespace Alliance.Bench.Reporting;

/// <summary>
/// <c>pdf [--samples 200]</c>: renders one cumulative summary table (every row, the breakdown written out, a variance text
/// and both narratives) to PDF, in process, and prints the first render (which parses the font) and the warm p50/p95/p99
/// (goal: p95 &lt; 100 ms). The endpoint is not timed: it answers 409 until confirm-submit exists.
/// </summary>
internal static class SummaryPdfBench
{
    public static async Task<bool> RunIfAskedAsync(string[] args)
    {
        if (args is not ["pdf", ..])
        {
            return false;
        }

        var samples = int.Parse(DemoLoadBench.Option(args, "--samples") ?? "200", CultureInfo.InvariantCulture);
        var document = Table();
        var started = Stopwatch.GetTimestamp();
        var size = SummaryPdf.Render(document).Length;
        var first = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var run = await Latency.TimeInTurnsAsync(samples, ("PDF render, one table", () =>
        {
            SummaryPdf.Render(document);
            return Task.CompletedTask;
        }));
        var path = run.Paths[0];
        Console.WriteLine($"summary PDF ({size / 1024.0:0} KB): first render {first:0.0} ms; warm p50/p95/p99 {path.At(0.5):0.0}/{path.At(0.95):0.0}/{path.At(0.99):0.0} ms " +
                          $"over {samples} (goal p95 < 100 ms); processors busy meanwhile {run.CpuBusyShare:P0}; load average after {run.LoadAfter}");
        return true;
    }

    private static SummaryDocument Table()
    {
        var rows = SummaryKpis.All.Select((kpi, i) => new SummaryDocumentRow(kpi, kpi switch
        {
            SummaryKpi.FirmMembers => new Alliance.Reporting.Domain.FirmMemberTarget(40, 30, 10, 12, 10, 10, 5, 3),
            SummaryKpi.OperatingRevenue or SummaryKpi.SelfSufficiencyRatio => null,
            _ => 1_000_000m + i,
        }, kpi switch
        {
            SummaryKpi.FirmMembers => new FirmMemberFigures(38, 29, 9, 12, 9, 9, 5, 3),
            SummaryKpi.RecurringOperatingRevenue => new RecurringRevenueFigures(3_456_789m, 1_200_000m, 2_000_000m, 256_789m),
            SummaryKpi.IndustryAcademiaCooperation => new CooperationFigures(5_000_000m, 1_500_000m),
            SummaryKpi.Patents => new PatentFigures(7, 4, 3),
            SummaryKpi.SelfSufficiencyRatio => 0.8123m,
            _ => 123_456m + i,
        }, i % 3 == 0 ? "會員合約簽署時程延後，第四季將補足差距並持續推廣。" : null, 99_999m + i)).ToArray();
        return new SummaryDocument(108, SummaryView.Cumulative, "BM001", "智慧機械產學技術聯盟", "國立臺灣科技大學", "王大明", "108-kpi-1", "第一次KPI填報",
            DateRange.Create(new(2019, 2, 1), new(2019, 10, 31)), rows, "協助會員導入智慧製造產線，良率提升百分之五。", "培育碩博士生十二名投入產業。",
            new DocumentSubmission(new DateTimeOffset(2019, 10, 30, 8, 0, 0, TimeSpan.Zero), 1, null), DateTimeOffset.UtcNow);
    }
}
