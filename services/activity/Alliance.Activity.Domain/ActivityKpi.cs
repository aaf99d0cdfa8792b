namespace Alliance.Activity.Domain;

/// <summary>
/// The activity and outcome KPIs this service counts, in the summary's order. Their codes are the
/// kebab-case names (<c>promotion-events</c>, …, <c>derived-output-value</c>). The count of technical
/// services (技術服務件數) is not here: reporting takes it from revenue's accepted entries.
/// </summary>
public enum ActivityKpi
{
    /// <summary>聯盟推廣活動: events counted.</summary>
    PromotionEvents,

    /// <summary>舉辦技術研討會: seminars counted.</summary>
    TechnicalSeminars,

    /// <summary>專業諮詢服務: consultations counted.</summary>
    Consultations,

    /// <summary>訪廠現地指導: visits counted.</summary>
    OnSiteGuidance,

    /// <summary>協助會員開發之新產品: products counted.</summary>
    NewProducts,

    /// <summary>協助會員研發之新技術: technologies counted.</summary>
    NewTechnologies,

    /// <summary>輔導聯盟會員專利申請或獲證: applications plus grants (an application and a grant are two).</summary>
    Patents,

    /// <summary>聯盟會員新聘人員: people hired, summed.</summary>
    NewHires,

    /// <summary>聯盟會員衍生產值: NTD, summed.</summary>
    DerivedOutputValue,
}

/// <summary>One KPI's figure; <see cref="Applied"/> and <see cref="Granted"/> only for patents (their sum is the figure).</summary>
public sealed record KpiFigure(ActivityKpi Kpi, decimal Figure, int? Applied = null, int? Granted = null);

public static class ActivityKpis
{
    /// <summary>Every KPI in the summary's order.</summary>
    public static readonly IReadOnlyList<ActivityKpi> All = Enum.GetValues<ActivityKpi>();

    /// <summary>
    /// The summary's figures from the accepted records' figures summed per kind (see
    /// <see cref="ActivityKinds.FigureOf"/>): one per KPI in <see cref="All"/>'s order, 0 where nothing
    /// counted; patents carry their applications and grants beside their sum.
    /// </summary>
    public static IReadOnlyList<KpiFigure> Summarise(IEnumerable<(ActivityKind Kind, decimal Figure)> sums)
    {
        ArgumentNullException.ThrowIfNull(sums);
        var byKind = sums.GroupBy(s => s.Kind).ToDictionary(g => g.Key, g => g.Sum(s => s.Figure));
        var applied = (int)byKind.GetValueOrDefault(ActivityKind.PatentApplication);
        var granted = (int)byKind.GetValueOrDefault(ActivityKind.PatentGrant);
        return All.Select(kpi => kpi == ActivityKpi.Patents
                ? new KpiFigure(kpi, applied + granted, applied, granted)
                : new KpiFigure(kpi, byKind.Where(s => ActivityKinds.KpiOf(s.Key) == kpi).Sum(s => s.Value)))
            .ToArray();
    }
}
