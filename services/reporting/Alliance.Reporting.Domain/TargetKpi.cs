using System.Text.Json;

namespace Alliance.Reporting.Domain;

/// <summary>
/// The KPIs with a target (預期成果): the summary table's rows, in its order, less operating revenue and the
/// self-sufficiency ratio (both follow from other rows). Codes are the kebab-case names (<c>firm-members</c>, …).
/// </summary>
public enum TargetKpi
{
    /// <summary>廠商會員: the breakdown <see cref="FirmMemberTarget"/>.</summary>
    FirmMembers,
    IndividualMembers,
    OtherMembers,

    /// <summary>經常性營運收入, NTD.</summary>
    RecurringOperatingRevenue,

    /// <summary>技術轉移收入, NTD.</summary>
    TechnologyTransfer,

    /// <summary>產學合作收入, NTD.</summary>
    IndustryAcademiaCooperation,
    PromotionEvents,
    TechnicalSeminars,
    Consultations,
    OnSiteGuidance,
    NewProducts,
    NewTechnologies,
    Patents,
    TechnicalServiceCases,
    NewHires,

    /// <summary>聯盟會員衍生產值, NTD.</summary>
    DerivedOutputValue,
}

/// <summary>What a KPI's target is: the firm-member breakdown, an amount in NTD, or a count.</summary>
public enum TargetUnit
{
    /// <summary>The firm-member breakdown, each part a whole number 0 or more.</summary>
    Breakdown,

    /// <summary>Exact NTD, 0 or more, to the cent.</summary>
    Amount,

    /// <summary>A whole number 0 or more.</summary>
    Count,
}

public static class TargetKpis
{
    /// <summary>Every KPI with a target, in the summary's order.</summary>
    public static readonly IReadOnlyList<TargetKpi> All = Enum.GetValues<TargetKpi>();

    private static readonly Dictionary<string, TargetKpi> ByCode = All.ToDictionary(Code, kpi => kpi, StringComparer.Ordinal);

    public static string Code(TargetKpi kpi) => JsonNamingPolicy.KebabCaseLower.ConvertName(kpi.ToString());

    /// <summary>Reads a code back (exact, lower case); false for anything else, <c>operating-revenue</c> and <c>self-sufficiency-ratio</c> included.</summary>
    public static bool TryParse(string? code, out TargetKpi kpi)
    {
        kpi = default;
        return code is not null && ByCode.TryGetValue(code, out kpi);
    }

    public static TargetUnit UnitOf(TargetKpi kpi) => kpi switch
    {
        TargetKpi.FirmMembers => TargetUnit.Breakdown,
        TargetKpi.RecurringOperatingRevenue or TargetKpi.TechnologyTransfer or TargetKpi.IndustryAcademiaCooperation or TargetKpi.DerivedOutputValue => TargetUnit.Amount,
        _ when Enum.IsDefined(kpi) => TargetUnit.Count,
        _ => throw new ArgumentOutOfRangeException(nameof(kpi), kpi, null),
    };

    /// <summary>The request field a KPI's target is at: <c>targets.{code}</c>; the firm-member rules name its total, <c>targets.firm-members.total</c>.</summary>
    public static string FieldOf(TargetKpi kpi) => kpi == TargetKpi.FirmMembers ? "targets.firm-members.total" : $"targets.{Code(kpi)}";
}

/// <summary>The firm-member target broken down as the member row is; every part a whole number 0 or more.</summary>
public sealed record FirmMemberTarget(int Total, int Paid, int Free, int North, int Central, int South, int East, int IslandsAndOverseas);

/// <summary>
/// An alliance's targets for a year, as far as they are filled in: the firm-member breakdown and one figure for each
/// other KPI given. A draft may lack any; a submission needs them all (<see cref="Missing"/>).
/// </summary>
/// <param name="Figures">every KPI but <see cref="TargetKpi.FirmMembers"/>, by KPI</param>
public sealed record TargetValues(FirmMemberTarget? FirmMembers, IReadOnlyDictionary<TargetKpi, decimal> Figures)
{
    public static readonly TargetValues None = new(null, new Dictionary<TargetKpi, decimal>());

    /// <summary>Whether no KPI has a target.</summary>
    public bool IsEmpty => FirmMembers is null && Figures.Count == 0;

    /// <summary>The figure rules compare: the firm members' total, or the KPI's figure; null when not given.</summary>
    public decimal? FigureOf(TargetKpi kpi) =>
        kpi == TargetKpi.FirmMembers ? FirmMembers?.Total : Figures.TryGetValue(kpi, out var figure) ? figure : null;

    /// <summary>The KPIs without a target, in the summary's order.</summary>
    public IReadOnlyList<TargetKpi> Missing => TargetKpis.All.Where(kpi => FigureOf(kpi) is null).ToArray();
}
