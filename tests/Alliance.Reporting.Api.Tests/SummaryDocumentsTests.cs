using Alliance.Reporting.Api.Apis;
using Alliance.Reporting.Api.Documents;
using Alliance.Reporting.Domain;
using Alliance.Reporting.Domain.Summary;

namespace Alliance.Reporting.Api.Tests;

public sealed class SummaryDocumentsTests
{
    [Theory]
    [InlineData("108-kpi-1", SummaryView.Cumulative, "第一次KPI填報", "2019-02-01", "2019-10-31")]
    [InlineData("108-progress-2", SummaryView.Quarterly, "第二次工作進度", "2019-05-01", "2019-07-31")]
    [InlineData("108-kpi-2", SummaryView.Cumulative, "第二次KPI填報", "2019-02-01", "2020-01-31")]
    public void Of_ComputedTable_KeepsItsFiguresInOrderWithTheRoundsNameAndCountedDates(string roundId, SummaryView view, string name, string start, string end)
    {
        ReportRound.TryParse(roundId, out var round);
        var rows = SummaryKpis.All.Select((kpi, i) => new SummaryTableRow(kpi, (decimal)i, (decimal)(i * 10), (decimal)(i * 100))).ToArray();
        var table = new SummaryTable(Guid.NewGuid(), round!, view, rows);
        var submission = new DocumentSubmission(Documents.GeneratedAt, 1, null);

        var document = SummaryDocuments.Of(table, "BM001", "智慧機械產學技術聯盟", "國立臺灣科技大學", "王大明",
            new Dictionary<SummaryKpi, string> { [SummaryKpi.Patents] = "申請延後" }, "產業", "學界", submission, Documents.GeneratedAt);

        Assert.Equal((108, view, roundId, name, DateRange.Create(Iso(start), Iso(end))),
            (document.Year, document.View, document.RoundId, document.RoundName, document.Period));
        Assert.Equal(rows.Select(r => (r.Kpi, r.Target, r.Actual, r.LastYear)), document.Rows.Select(r => (r.Kpi, r.Target, r.Actual, r.LastYear)));
        Assert.Equal(["申請延後"], document.Rows.Where(r => r.Variance is not null).Select(r => r.Variance));
        Assert.Equal(("產業", "學界", submission), (document.IndustryBenefits, document.AcademicBenefits, document.Submission));
    }

    private static DateOnly Iso(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
