using System.Text;
using Alliance.Reporting.Api.Documents;
using Alliance.Reporting.Domain;

namespace Alliance.Reporting.Api.Tests;

/// <summary>Hand-written documents rendered to PDF and read back with pdftotext: what an officer reads on the paper.</summary>
public sealed class SummaryPdfTests
{
    private static readonly DocumentSubmission Submitted = new(new DateTimeOffset(2019, 11, 1, 2, 30, 0, TimeSpan.Zero), 2, new Lateness(1, TimeSpan.FromHours(10.5)));

    [Fact]
    public async Task Render_SubmittedCumulativeTable_ReadsAsWrittenOnOnePage()
    {
        var pdf = SummaryPdf.Render(Documents.First(Submitted));
        var text = await PdfText.ReadAsync(pdf);
        var flat = PdfText.Flattened(text);

        Assert.Single(PdfText.Pages(text));
        Assert.Contains("108年度 產學技術聯盟合作計畫 成果綜整表（累計）", text, StringComparison.Ordinal);
        Assert.Contains("計畫編號：BM001 聯盟名稱：智慧機械產學技術聯盟", flat, StringComparison.Ordinal);
        Assert.Contains("執行單位：國立臺灣科技大學 計畫主持人：王大明", flat, StringComparison.Ordinal);
        Assert.Contains("填報期別：108年度 第一次KPI填報（108-kpi-1） 統計期間：108/02/01–108/10/31", flat, StringComparison.Ordinal);
        Assert.Contains("確認送出：民國 108/11/01 10:30 版本：第 2 版（逾期 1 天）", flat, StringComparison.Ordinal);
        Assert.Contains("金額單位：仟元（新臺幣元 ÷ 1,000，四捨五入至整數仟元）", flat, StringComparison.Ordinal);
        Assert.Contains("指標 目標值 實際達成值 簡要差異分析 上年度執行成果", flat, StringComparison.Ordinal);
        Assert.Contains(
            "實際達成值：(1)總會員數: 6家 (2)收費會員: 6家 (3)免費會員: 0家 (4)北部: 2家 (5)中部: 1家 (6)南部: 3家 (7)東部: 0家 (8)離島及海外: 0家",
            flat, StringComparison.Ordinal);
        Assert.Contains("目標值：(1)總會員數: 8家 (2)收費會員: 6家 (3)免費會員: 2家", flat, StringComparison.Ordinal);
        Assert.Contains("上年度執行成果：(1)總會員數: 5家", flat, StringComparison.Ordinal);
        // 1,100,500 NTD is 1,101 仟元 (half away from zero), 650,499 is 650; 250,000.50 is 250; the ratio a percentage.
        Assert.Matches(@"經常性營運收入（仟元）\s+1,500\s+1,101\s+900", text);
        Assert.Matches(@"會員費 400\s+會員費 300", text);
        Assert.Matches(@"技術服務收入 650\s+技術服務收入 500", text);
        Assert.Matches(@"聯盟營運收入（仟元）\s+—\s+2,901\s+900", text);
        Assert.Matches(@"聯盟會員衍生產值（仟元）\s+5,000\s+250\s+0", text);
        Assert.Contains("58.01%", text, StringComparison.Ordinal);
        Assert.Contains("已達預期會員數之七成五", text, StringComparison.Ordinal);
        Assert.Contains("產業效益 協助會員導入智慧製造產線，良率提升百分之五。", flat, StringComparison.Ordinal);
        Assert.Contains("學界效益 培育碩博士生十二名投入產業。", flat, StringComparison.Ordinal);
        Assert.Contains("第 1 頁／共 1 頁 產製時間：民國 115/12/02 14:03", flat, StringComparison.Ordinal);
        Assert.DoesNotContain("科技部", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_SecondAlliancesQuarterlyTable_NotSubmittedNoTargetsNoNarratives()
    {
        var text = await PdfText.ReadAsync(SummaryPdf.Render(Documents.Second()));
        var flat = PdfText.Flattened(text);

        Assert.Contains("115年度 產學技術聯盟合作計畫 成果綜整表（季）", text, StringComparison.Ordinal);
        Assert.Contains("計畫編號：EE207 聯盟名稱：綠能儲電聯盟", flat, StringComparison.Ordinal);
        Assert.Contains("執行單位：國立成功大學 計畫主持人：林美惠", flat, StringComparison.Ordinal);
        Assert.Contains("第二次工作進度（115-progress-2） 統計期間：115/05/01–115/07/31", flat, StringComparison.Ordinal);
        Assert.Contains("確認送出：尚未送出", flat, StringComparison.Ordinal);
        Assert.Contains(
            "實際達成值：(1)總會員數: 12家 (2)收費會員: 9家 (3)免費會員: 3家 (4)北部: 3家 (5)中部: 4家 (6)南部: 4家 (7)東部: 1家 (8)離島及海外: 0家",
            flat, StringComparison.Ordinal);
        Assert.DoesNotContain("目標值：", flat, StringComparison.Ordinal);
        Assert.Matches(@"經常性營運收入（仟元）\s+—\s+1\s", text);
        Assert.Contains("產業效益 （尚未填寫） 學界效益 （尚未填寫）", flat, StringComparison.Ordinal);
        Assert.Contains("第 1 頁／共 1 頁", flat, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_LongVarianceTexts_RowsGoOnToTheNextPageUnderTheHeaderAgain()
    {
        var document = Documents.First(Submitted) is var first
            ? first with { Rows = first.Rows.Select((row, i) => row with { Variance = Long($"第{i + 1}列差異說明", 6) }).ToArray() }
            : null!;

        var text = await PdfText.ReadAsync(SummaryPdf.Render(document));
        var pages = PdfText.Pages(text);

        Assert.True(pages.Length >= 2, $"{pages.Length} page(s)");
        for (var page = 0; page < pages.Length; page++)
        {
            Assert.Contains($"第 {page + 1} 頁／共 {pages.Length} 頁 產製時間：民國 115/12/02 14:03", PdfText.Flattened(pages[page]), StringComparison.Ordinal);
        }

        // Every page after the first opens with the running head and the table's header, and every row's text is somewhere.
        Assert.All(pages.Skip(1), page => Assert.Contains("BM001 108年度 產學技術聯盟合作計畫 成果綜整表（累計）（續） 指標 目標值 實際達成值 簡要差異分析 上年度執行成果",
            PdfText.Flattened(page), StringComparison.Ordinal));
        Assert.All(Enumerable.Range(1, document.Rows.Count), i => Assert.Contains($"第{i}列差異說明", text, StringComparison.Ordinal));
        Assert.Contains("聯盟會員衍生產值（仟元）", pages[^1], StringComparison.Ordinal);
        Assert.Contains("學界效益", pages[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_VarianceLongerThanAPage_SplitsTheRowAndLosesNoLine()
    {
        var document = Documents.First(variance: Long("會員招募說明", 140) + "全文結束。");

        var text = await PdfText.ReadAsync(SummaryPdf.Render(document));
        var pages = PdfText.Pages(text);

        Assert.True(pages.Length >= 3, $"{pages.Length} page(s)");
        Assert.Contains("全文結束。", text, StringComparison.Ordinal);
        Assert.Contains("會員招募說明140", text, StringComparison.Ordinal);
        Assert.Contains("個人會員數（人）", text, StringComparison.Ordinal);
    }

    /// <summary>A text of <paramref name="sentences"/> numbered sentences, each long enough to wrap in the variance column.</summary>
    private static string Long(string subject, int sentences)
    {
        var text = new StringBuilder();
        for (var i = 1; i <= sentences; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{subject}{i}：本期實際值與目標值之差異主要來自會員合約簽署時程延後。");
        }

        return text.ToString();
    }
}
