using Alliance.Gateway.Web.Text;

namespace Alliance.Gateway.Web.Revenue;

/// <summary>
/// The lines of the revenue summary, in the order the programme reports them: each category, the
/// two revenue totals, the subsidy and the ratio, with this year, last year and the change, and
/// the income list each figure is made of (a category's accepted entries; a total's accepted
/// entries; none for the subsidy and the ratio). The links carry the range the page was asked
/// for (<paramref name="from"/>, <paramref name="to"/>), not the whole-year window the API fills in.
/// The categories are named as the revenue service names them (<paramref name="incomes"/>).
/// </summary>
public static class SummaryLines
{
    public sealed record Line(string Key, Phrase Label, string ThisYear, string LastYear, string Change, string? Link, string? ExactNtd);

    public static IReadOnlyList<Line> Of(RevenueSummaryRow s, IncomeCatalogue incomes, DateOnly? from = null, DateOnly? to = null)
    {
        var last = s.PreviousYear;
        var change = s.Change;
        string? Entries(string? category) => RevenueLinks.Incomes(s.AllianceId, s.Year, category, "accepted", from, to);
        Line Money(string key, Phrase label, decimal value, decimal? previous, decimal? delta, string? link) =>
            new(key, label, DisplayMoney.ThousandNtd(value), previous is { } p ? DisplayMoney.ThousandNtd(p) : "—", DisplayMoney.ThousandNtdChange(delta), link, DisplayMoney.Ntd(value));

        return
        [
            Money("membership-fees", incomes.Category(IncomeCategories.MembershipFee), s.MembershipFees, last?.MembershipFees, change?.MembershipFees, Entries(IncomeCategories.MembershipFee)),
            Money("technical-services", incomes.Category(IncomeCategories.TechnicalService), s.TechnicalServices, last?.TechnicalServices, change?.TechnicalServices, Entries(IncomeCategories.TechnicalService)),
            Money("technology-transfer", incomes.Category(IncomeCategories.TechnologyTransfer), s.TechnologyTransfer, last?.TechnologyTransfer, change?.TechnologyTransfer, Entries(IncomeCategories.TechnologyTransfer)),
            Money("industry-academia-cooperation", incomes.Category(IncomeCategories.IndustryAcademiaCooperation), s.IndustryAcademiaCooperation, last?.IndustryAcademiaCooperation, change?.IndustryAcademiaCooperation, Entries(IncomeCategories.IndustryAcademiaCooperation)),
            Money("other", incomes.Category(IncomeCategories.Other), s.Other, last?.Other, change?.Other, Entries(IncomeCategories.Other)),
            Money("recurring-operating-revenue", UiText.RecurringOperatingRevenue, s.RecurringOperatingRevenue, last?.RecurringOperatingRevenue, change?.RecurringOperatingRevenue, Entries(null)),
            Money("operating-revenue", UiText.OperatingRevenue, s.OperatingRevenue, last?.OperatingRevenue, change?.OperatingRevenue, Entries(null)),
            new("subsidy", UiText.Subsidy,
                s.Subsidy is { } subsidy ? DisplayMoney.ThousandNtd(subsidy) : UiText.SubsidyNotSet,
                last?.Subsidy is { } lastSubsidy ? DisplayMoney.ThousandNtd(lastSubsidy) : UiText.SubsidyNotSet,
                DisplayMoney.ThousandNtdChange(change?.Subsidy), null, s.Subsidy is { } exact ? DisplayMoney.Ntd(exact) : null),
            new("self-sufficiency-ratio", UiText.SelfSufficiencyRatio,
                DisplayRatio.Percentage(s.SelfSufficiencyRatio), DisplayRatio.Percentage(last?.SelfSufficiencyRatio),
                change?.SelfSufficiencyRatio is null ? "—" : $"{DisplayRatio.PointsChange(change.SelfSufficiencyRatio)} {UiText.PercentagePoints}", null, null),
        ];
    }
}
