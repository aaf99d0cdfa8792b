using Alliance.Reporting.Api.Documents;
using Alliance.Reporting.Domain;
using Alliance.Reporting.Domain.Summary;

namespace Alliance.Reporting.Api.Tests;

/// <summary>Hand-written summary documents: two alliances' worth of rows, with Chinese names and texts.</summary>
internal static class Documents
{
    public static readonly DateTimeOffset GeneratedAt = new(2026, 12, 2, 6, 3, 0, TimeSpan.Zero); // 115/12/02 14:03 in Taiwan

    /// <summary>BM001's cumulative 108-kpi-1: six paid firm members, amounts that round in both directions.</summary>
    public static SummaryDocument First(DocumentSubmission? submission = null, string? variance = null) => new(
        108, SummaryView.Cumulative, "BM001", "智慧機械產學技術聯盟", "國立臺灣科技大學", "王大明",
        "108-kpi-1", "第一次KPI填報", DateRange.Create(new(2019, 2, 1), new(2019, 10, 31)),
        [
            new(SummaryKpi.FirmMembers, new FirmMemberTarget(8, 6, 2, 4, 2, 1, 1, 0), new FirmMemberFigures(6, 6, 0, 2, 1, 3, 0, 0),
                variance ?? "已達預期會員數之七成五，第四季將再招募二家。", new FirmMemberFigures(5, 4, 1, 2, 1, 1, 0, 1)),
            new(SummaryKpi.IndividualMembers, 2m, 1m, null, 0m),
            new(SummaryKpi.OtherMembers, 1m, 0m, null, 0m),
            new(SummaryKpi.RecurringOperatingRevenue, 1_500_000m, new RecurringRevenueFigures(1_100_500m, 400_000m, 650_499m, 50_001m), null,
                new RecurringRevenueFigures(900_000m, 300_000m, 500_000m, 100_000m)),
            new(SummaryKpi.TechnologyTransfer, 1_000_000m, 1_200_000m, null, 0m),
            new(SummaryKpi.IndustryAcademiaCooperation, 2_000_000m, new CooperationFigures(2_000_000m, 600_000m), null, new CooperationFigures(0m, 0m)),
            new(SummaryKpi.OperatingRevenue, null, 2_900_500m, null, 900_000m),
            new(SummaryKpi.SelfSufficiencyRatio, null, 0.5801m, null, null),
            new(SummaryKpi.PromotionEvents, 2m, 1m, null, 3m),
            new(SummaryKpi.TechnicalSeminars, 2m, 1m, null, 2m),
            new(SummaryKpi.Consultations, 10m, 1m, null, 8m),
            new(SummaryKpi.OnSiteGuidance, 4m, 1m, null, 5m),
            new(SummaryKpi.NewProducts, 1m, 1m, null, 0m),
            new(SummaryKpi.NewTechnologies, 1m, 1m, null, 0m),
            new(SummaryKpi.Patents, 2m, new PatentFigures(2, 1, 1), null, new PatentFigures(0, 0, 0)),
            new(SummaryKpi.TechnicalServiceCases, 5m, 2m, null, 4m),
            new(SummaryKpi.NewHires, 3m, 3m, null, 1m),
            new(SummaryKpi.DerivedOutputValue, 5_000_000m, 250_000.50m, null, 0m),
        ],
        "協助會員導入智慧製造產線，良率提升百分之五。", "培育碩博士生十二名投入產業。", submission, GeneratedAt);

    /// <summary>A second alliance, quarterly, with no targets yet and no narratives.</summary>
    public static SummaryDocument Second() => new(
        115, SummaryView.Quarterly, "EE207", "綠能儲電聯盟", "國立成功大學", "林美惠",
        "115-progress-2", "第二次工作進度", DateRange.Create(new(2026, 5, 1), new(2026, 7, 31)),
        SummaryKpis.All.Select(kpi => new SummaryDocumentRow(kpi, null, kpi switch
        {
            SummaryKpi.FirmMembers => new FirmMemberFigures(12, 9, 3, 3, 4, 4, 1, 0),
            SummaryKpi.RecurringOperatingRevenue => new RecurringRevenueFigures(1_499m, 1_499m, 0m, 0m),
            SummaryKpi.IndustryAcademiaCooperation => new CooperationFigures(0m, 0m),
            SummaryKpi.Patents => new PatentFigures(0, 0, 0),
            SummaryKpi.SelfSufficiencyRatio => (object?)null,
            _ => 0m,
        }, null, null)).ToArray(),
        null, null, null, GeneratedAt);
}
