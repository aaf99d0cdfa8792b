using Alliance.Gateway.Web.Text;

namespace Alliance.Gateway.Web.Programme;

/// <summary>One chart's figures: a label per domain, and each series' value per label (null where the domain has none).</summary>
public sealed record ChartFigures(string[] Labels, IReadOnlyList<(string Name, double?[] Values)> Series);

/// <summary>
/// The briefing's charts from the programme view's rows, domains in the programme's order: amounts in whole 仟元 (half away from
/// zero, as the table shows them), ratios in percent to two places. The three-year chart follows the chosen year's domains.
/// </summary>
public static class ChartFiguresOf
{
    public static ChartFigures Subsidy(IReadOnlyList<DomainFiguresRow> domains, Func<string, string> name) =>
        Of(domains, name, (UiText.SubsidyTotalColumn, d => Thousands(d.SubsidyTotal)));

    public static ChartFigures AllianceCount(IReadOnlyList<DomainFiguresRow> domains, Func<string, string> name) =>
        Of(domains, name, (UiText.AllianceCountColumn, d => d.AllianceCount));

    public static ChartFigures FirmMembers(IReadOnlyList<DomainFiguresRow> domains, Func<string, string> name) =>
        Of(domains, name, (UiText.FirmMembersColumn, d => d.FirmMembers));

    public static ChartFigures Revenue(IReadOnlyList<DomainFiguresRow> domains, Func<string, string> name) =>
        Of(domains, name, (UiText.RevenueTotalColumn, d => Thousands(d.OperatingRevenueTotal)));

    /// <summary>The average revenue per alliance beside the average subsidy, as the briefing's revenue table sets them.</summary>
    public static ChartFigures Averages(IReadOnlyList<DomainFiguresRow> domains, Func<string, string> name) =>
        Of(domains, name, (UiText.RevenueAverageColumn, d => Thousands(d.OperatingRevenueAverage)), (UiText.SubsidyAverageColumn, d => Thousands(d.SubsidyAverage)));

    /// <summary>One series per year (oldest first) of each domain's self-sufficiency ratio in percent; null where the domain had none that year.</summary>
    public static ChartFigures SelfSufficiency(IReadOnlyList<DomainFiguresRow> domains, IReadOnlyList<ProgrammeRow> years, Func<string, string> name)
    {
        var codes = domains.Select(d => d.DomainCode!).ToArray();
        return new ChartFigures(
            codes.Select(name).ToArray(),
            years.OrderBy(y => y.Year).Select(y => (UiText.YearSeries.With(y.Year), codes
                .Select(code => y.Domains.FirstOrDefault(d => d.DomainCode == code)?.SelfSufficiencyRatio is { } ratio ? (double?)Percent(ratio) : null)
                .ToArray())).ToArray());
    }

    private static ChartFigures Of(IReadOnlyList<DomainFiguresRow> domains, Func<string, string> name, params (string Name, Func<DomainFiguresRow, double?> Value)[] series) =>
        new(domains.Select(d => name(d.DomainCode!)).ToArray(), series.Select(s => (s.Name, domains.Select(s.Value).ToArray())).ToArray());

    private static double? Thousands(decimal? ntd) => ntd is { } value ? (double)Alliance.Programme.ThousandNtd.From(value) : null;

    private static double Percent(decimal ratio) => (double)Math.Round(ratio * 100m, 2, MidpointRounding.AwayFromZero);
}
