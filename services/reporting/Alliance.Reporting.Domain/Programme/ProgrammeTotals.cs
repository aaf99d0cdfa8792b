using Alliance.Revenue.Domain;
using Alliance.SiteVisit.Domain;

namespace Alliance.Reporting.Domain.Programme;

/// <summary>
/// One alliance of a year's programme as its summary table counts it (the year's cumulative table, members at the cutoff):
/// its subsidy, counted members, accepted incomes by category and its own firm-member target (null when it has none shown).
/// </summary>
public sealed record AllianceFigures(
    Guid AllianceId, string DomainCode, decimal Subsidy, int FirmMembers, int IndividualMembers, int OtherMembers, CategoryTotals Incomes,
    int? FirmMemberTarget)
{
    /// <summary>Revenue's formula over the incomes, with the ratio against the subsidy (4 places).</summary>
    public RevenueFigures Revenue => OperatingRevenue.Compute(Incomes, Subsidy);

    public bool SelfSufficient => SelfSufficiency.Holds(Revenue.OperatingRevenue, Subsidy);
}

/// <summary>
/// One row of the programme view: a domain's alliances, or the whole programme's (<see cref="DomainCode"/> null). Amounts in
/// exact NTD; averages per alliance unrounded (null without alliances); the ratio by revenue's formula over the summed incomes
/// and subsidy, to 4 places.
/// </summary>
/// <param name="FirmMemberTargets">the sum of the alliances' own firm-member targets; null when none has one</param>
/// <param name="CooperationTotal">the cooperation contracts' whole amount (30 % of it counts toward operating revenue)</param>
public sealed record DomainFigures(
    string? DomainCode, int AllianceCount, decimal SubsidyTotal, decimal? SubsidyAverage, int FirmMembers, int IndividualMembers, int OtherMembers,
    int? FirmMemberTargets, decimal OperatingRevenueTotal, decimal? OperatingRevenueAverage, decimal RecurringOperatingRevenueTotal,
    decimal TechnologyTransferTotal, decimal CooperationTotal, decimal? SelfSufficiencyRatio, int SelfSufficientCount);

/// <summary>The programme view's rows: one per domain in the programme's order, and the total, each the sum of its alliances.</summary>
public static class ProgrammeTotals
{
    public static (IReadOnlyList<DomainFigures> Domains, DomainFigures Total) Of(IReadOnlyCollection<AllianceFigures> alliances)
    {
        ArgumentNullException.ThrowIfNull(alliances);
        var byDomain = alliances.ToLookup(a => a.DomainCode, StringComparer.Ordinal);
        var domains = ProgrammeDomains.Order(alliances.Select(a => a.DomainCode)).Select(code => Row(code, byDomain[code].ToArray())).ToArray();
        return (domains, Row(null, alliances));
    }

    private static DomainFigures Row(string? domainCode, IReadOnlyCollection<AllianceFigures> alliances)
    {
        // Summed by category first, so the domain's revenue and ratio come out of revenue's own formula.
        var incomes = CategoryTotals.From(alliances.SelectMany(a => Enum.GetValues<IncomeCategory>().Select(c => (c, a.Incomes.Of(c)))));
        var subsidy = alliances.Sum(a => a.Subsidy);
        var revenue = OperatingRevenue.Compute(incomes, subsidy);
        var count = alliances.Count;
        var targets = alliances.Where(a => a.FirmMemberTarget is not null).Select(a => a.FirmMemberTarget!.Value).ToArray();
        return new DomainFigures(
            domainCode, count, subsidy, count == 0 ? null : subsidy / count,
            alliances.Sum(a => a.FirmMembers), alliances.Sum(a => a.IndividualMembers), alliances.Sum(a => a.OtherMembers),
            targets.Length == 0 ? null : targets.Sum(),
            revenue.OperatingRevenue, count == 0 ? null : revenue.OperatingRevenue / count, revenue.RecurringOperatingRevenue,
            incomes.TechnologyTransfer, incomes.IndustryAcademiaCooperation, revenue.SelfSufficiencyRatio, alliances.Count(a => a.SelfSufficient));
    }
}
