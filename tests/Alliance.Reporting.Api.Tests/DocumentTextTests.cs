using Alliance.Reporting.Api.Documents;
using Alliance.Reporting.Domain;
using Alliance.Reporting.Domain.Summary;

namespace Alliance.Reporting.Api.Tests;

public sealed class DocumentTextTests
{
    public static TheoryData<decimal, string> Amounts => new()
    {
        { 0m, "0" },
        { 499m, "0" },
        { 500m, "1" },
        { 1_499.99m, "1" },
        { 1_500m, "2" },
        { 250_000.50m, "250" },
        { 1_100_500m, "1,101" },
        { 12_345_678m, "12,346" },
        { -500m, "-1" },
    };

    [Theory]
    [MemberData(nameof(Amounts))]
    public void Thousands_Ntd_WholeThousandsHalfAwayFromZero(decimal ntd, string expected) => Assert.Equal(expected, DocumentText.Thousands(ntd));

    public static TheoryData<SummaryKpi, object?, string[]> Cells => new()
    {
        { SummaryKpi.OperatingRevenue, 2_900_500m, ["2,901"] },
        { SummaryKpi.SelfSufficiencyRatio, 0.5801m, ["58.01%"] },
        { SummaryKpi.SelfSufficiencyRatio, null, ["—"] },
        { SummaryKpi.Consultations, 12m, ["12"] },
        { SummaryKpi.FirmMembers, new FirmMemberFigures(6, 6, 0, 2, 1, 3, 0, 0), ["6家"] },
        { SummaryKpi.RecurringOperatingRevenue, new RecurringRevenueFigures(1_100_500m, 400_000m, 650_499m, 50_001m), ["1,101", "會員費 400", "技術服務收入 650", "其它收入 50"] },
        { SummaryKpi.RecurringOperatingRevenue, 1_500_000m, ["1,500"] },
        { SummaryKpi.IndustryAcademiaCooperation, new CooperationFigures(2_000_000m, 600_000m), ["2,000", "計入 30% 600"] },
        { SummaryKpi.Patents, new PatentFigures(2, 1, 1), ["2", "申請 1", "獲證 1"] },
    };

    [Theory]
    [MemberData(nameof(Cells))]
    public void Cell_Figure_HeadlineThenParts(SummaryKpi kpi, object? figure, string[] expected) => Assert.Equal(expected, DocumentText.Cell(kpi, figure));

    [Fact]
    public void Breakdown_FirmMembers_WrittenOutInTheSummarysOrder()
    {
        Assert.Equal(
            ["(1)總會員數: 6家", "(2)收費會員: 6家", "(3)免費會員: 0家", "(4)北部: 2家", "(5)中部: 1家", "(6)南部: 3家", "(7)東部: 0家", "(8)離島及海外: 0家"],
            DocumentText.Breakdown(new FirmMemberFigures(6, 6, 0, 2, 1, 3, 0, 0)));
        Assert.Equal("(1)總會員數: 8家", DocumentText.Breakdown(new FirmMemberTarget(8, 6, 2, 4, 2, 1, 1, 0))[0]);
        Assert.Empty(DocumentText.Breakdown(null));
    }

    public static TheoryData<DateTimeOffset, string> Instants => new()
    {
        { new(2026, 12, 2, 6, 3, 0, TimeSpan.Zero), "民國 115/12/02 14:03" },
        { new(2019, 10, 31, 16, 0, 0, TimeSpan.Zero), "民國 108/11/01 00:00" },
        { new(2019, 10, 31, 23, 59, 0, TimeSpan.FromHours(8)), "民國 108/10/31 23:59" },
    };

    [Theory]
    [MemberData(nameof(Instants))]
    public void Time_Instant_RocDateInTaiwan(DateTimeOffset instant, string expected) => Assert.Equal(expected, DocumentText.Time(instant));

    [Theory]
    [InlineData(108, SummaryView.Cumulative, "108年度 產學技術聯盟合作計畫 成果綜整表（累計）")]
    [InlineData(115, SummaryView.Quarterly, "115年度 產學技術聯盟合作計畫 成果綜整表（季）")]
    public void Title_YearAndView_AsThePaperIsHeaded(int year, SummaryView view, string expected) => Assert.Equal(expected, DocumentText.Title(year, view));

    [Fact]
    public void RoundName_EveryKind_HasOne() =>
        Assert.Equal(["第一次工作進度", "第二次工作進度", "第一次KPI填報", "第二次KPI填報"], Enum.GetValues<RoundKind>().Select(DocumentText.RoundName));
}
