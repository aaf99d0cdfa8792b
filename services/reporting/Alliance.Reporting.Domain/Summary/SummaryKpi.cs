namespace Alliance.Reporting.Domain.Summary;

/// <summary>The summary table's rows (成果綜整表), in its order; codes are the kebab-case names (<c>firm-members</c>, …).</summary>
public enum SummaryKpi
{
    FirmMembers,
    IndividualMembers,
    OtherMembers,
    RecurringOperatingRevenue,
    TechnologyTransfer,
    IndustryAcademiaCooperation,
    OperatingRevenue,
    SelfSufficiencyRatio,
    PromotionEvents,
    TechnicalSeminars,
    Consultations,
    OnSiteGuidance,
    NewProducts,
    NewTechnologies,
    Patents,
    TechnicalServiceCases,
    NewHires,
    DerivedOutputValue,
}

/// <summary>What the records behind a row are.</summary>
public enum RowSource
{
    /// <summary>Membership's members, counted at the year's cutoff.</summary>
    Members,

    /// <summary>Revenue's accepted income entries (and, for the ratio, the subsidy).</summary>
    Incomes,

    /// <summary>Activity's accepted records.</summary>
    Activities,
}

public static class SummaryKpis
{
    /// <summary>Every row in the table's order.</summary>
    public static readonly IReadOnlyList<SummaryKpi> All = Enum.GetValues<SummaryKpi>();

    public static string Code(SummaryKpi kpi) => KebabCodes.Of(kpi);

    /// <summary>Reads a row's code (exact, lower case); false for anything else.</summary>
    public static bool TryParse(string? code, out SummaryKpi kpi)
    {
        var found = KebabCodes.Parse<SummaryKpi>(code);
        kpi = found ?? default;
        return found is not null;
    }

    /// <summary>The KPI whose target the row shows; null for operating revenue and the ratio, which have none.</summary>
    public static TargetKpi? TargetOf(SummaryKpi kpi) =>
        kpi is SummaryKpi.OperatingRevenue or SummaryKpi.SelfSufficiencyRatio ? null : TargetKpis.All.Single(t => TargetKpis.Code(t) == Code(kpi));

    public static RowSource SourceOf(SummaryKpi kpi) => kpi switch
    {
        SummaryKpi.FirmMembers or SummaryKpi.IndividualMembers or SummaryKpi.OtherMembers => RowSource.Members,
        SummaryKpi.RecurringOperatingRevenue or SummaryKpi.TechnologyTransfer or SummaryKpi.IndustryAcademiaCooperation
            or SummaryKpi.OperatingRevenue or SummaryKpi.SelfSufficiencyRatio or SummaryKpi.TechnicalServiceCases => RowSource.Incomes,
        _ when Enum.IsDefined(kpi) => RowSource.Activities,
        _ => throw new ArgumentOutOfRangeException(nameof(kpi), kpi, null),
    };
}
