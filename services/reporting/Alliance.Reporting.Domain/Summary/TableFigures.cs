using Alliance.Activity.Domain;
using Alliance.Membership.Domain;
using Alliance.Revenue.Domain;

namespace Alliance.Reporting.Domain.Summary;

/// <summary>The firm-member row's figure: the breakdown; regions and paid/free each add up to the total.</summary>
public sealed record FirmMemberFigures(int Total, int Paid, int Free, int North, int Central, int South, int East, int IslandsAndOverseas);

/// <summary>Recurring operating revenue with its three parts beside it, exact NTD.</summary>
public sealed record RecurringRevenueFigures(decimal Amount, decimal Fees, decimal Services, decimal Other);

/// <summary>Industry–academia cooperation: the contracts' amount and <c>counted</c>, the share that counts toward operating revenue (30 %).</summary>
public sealed record CooperationFigures(decimal Amount, decimal Counted);

/// <summary>Patents: applications plus grants, and each.</summary>
public sealed record PatentFigures(int Total, int Applied, int Granted);

/// <summary>
/// One table's counts, each from its own service's pure function: the member summary (membership's count), the
/// revenue figures (revenue's operating-revenue formula with the subsidy), the accepted technical-service entries,
/// and the activity KPIs (activity's summing).
/// </summary>
public sealed record TableFigures(MemberSummary Members, RevenueFigures Revenue, int TechnicalServiceCases, IReadOnlyList<KpiFigure> Activities)
{
    /// <summary>
    /// The row's figure: <see cref="FirmMemberFigures"/>, <see cref="RecurringRevenueFigures"/>, <see cref="CooperationFigures"/> and
    /// <see cref="PatentFigures"/> for their rows, the ratio (4 places, null without a subsidy) for self-sufficiency, a number otherwise.
    /// </summary>
    public object? FigureOf(SummaryKpi kpi)
    {
        var (m, r, t) = (Members, Revenue, Revenue.Totals);
        return kpi switch
        {
            SummaryKpi.FirmMembers => new FirmMemberFigures(m.FirmTotal, m.Paid, m.Free, m.North, m.Central, m.South, m.East, m.IslandsAndOverseas),
            SummaryKpi.IndividualMembers => (decimal)m.Individual,
            SummaryKpi.OtherMembers => (decimal)m.Other,
            SummaryKpi.RecurringOperatingRevenue => new RecurringRevenueFigures(r.RecurringOperatingRevenue, t.MembershipFees, t.TechnicalServices, t.Other),
            SummaryKpi.TechnologyTransfer => t.TechnologyTransfer,
            SummaryKpi.IndustryAcademiaCooperation => new CooperationFigures(t.IndustryAcademiaCooperation,
                IncomeCategories.Of(IncomeCategory.IndustryAcademiaCooperation).OperatingRevenueWeight * t.IndustryAcademiaCooperation),
            SummaryKpi.OperatingRevenue => r.OperatingRevenue,
            SummaryKpi.SelfSufficiencyRatio => r.SelfSufficiencyRatio,
            SummaryKpi.TechnicalServiceCases => (decimal)TechnicalServiceCases,
            SummaryKpi.Patents => Activities.Single(a => a.Kpi == ActivityKpi.Patents) is var p ? new PatentFigures((int)p.Figure, p.Applied ?? 0, p.Granted ?? 0) : null,
            _ => Activities.Single(a => KebabCodes.Of(a.Kpi) == SummaryKpis.Code(kpi)).Figure,
        };
    }

    /// <summary>The figures of a table from its members already counted and its sources' sums.</summary>
    public static TableFigures Of(
        MemberSummary members, IEnumerable<(IncomeCategory Category, decimal Amount)> acceptedIncomes, decimal? subsidy,
        int technicalServiceCases, IEnumerable<(ActivityKind Kind, decimal Figure)> acceptedActivities) =>
        new(members, OperatingRevenue.Compute(CategoryTotals.From(acceptedIncomes), subsidy), technicalServiceCases,
            ActivityKpis.Summarise(acceptedActivities));
}
