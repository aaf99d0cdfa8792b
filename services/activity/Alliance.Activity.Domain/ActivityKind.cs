namespace Alliance.Activity.Domain;

/// <summary>The four kinds of record the alliance keeps, each under its own path.</summary>
public enum ActivityType
{
    /// <summary>A promotion event or a technical seminar (…/events).</summary>
    Event,

    /// <summary>A professional consultation for a firm member (…/consultations).</summary>
    Consultation,

    /// <summary>On-site factory guidance for a firm member (…/guidance).</summary>
    Guidance,

    /// <summary>An outcome for a firm member: product, technology, patent, hires, output value (…/outcomes).</summary>
    Outcome,
}

/// <summary>
/// What one record is, down to the KPI it counts toward: the two kinds of event, consultation,
/// guidance and the six kinds of outcome. Stored by name; <see cref="ActivityKinds"/> says where each belongs.
/// </summary>
public enum ActivityKind
{
    /// <summary>聯盟推廣活動.</summary>
    Promotion,

    /// <summary>舉辦技術研討會.</summary>
    Seminar,

    /// <summary>專業諮詢服務.</summary>
    Consultation,

    /// <summary>訪廠現地指導.</summary>
    OnSiteGuidance,

    /// <summary>協助會員開發之新產品.</summary>
    NewProduct,

    /// <summary>協助會員研發之新技術.</summary>
    NewTechnology,

    /// <summary>專利申請.</summary>
    PatentApplication,

    /// <summary>專利獲證.</summary>
    PatentGrant,

    /// <summary>聯盟會員新聘人員 (people).</summary>
    NewHire,

    /// <summary>聯盟會員衍生產值 (NTD).</summary>
    DerivedOutputValue,
}

/// <summary>The kind of an event as the API names it: <c>promotion</c> or <c>seminar</c>; never both for one event.</summary>
public enum EventKind
{
    Promotion,
    Seminar,
}

/// <summary>The kind of an outcome as the API names it (<c>new-product</c>, …, <c>derived-output-value</c>).</summary>
public enum OutcomeKind
{
    NewProduct,
    NewTechnology,
    PatentApplication,
    PatentGrant,
    NewHire,
    DerivedOutputValue,
}

/// <summary>Whether the alliance hosted an event (<c>hosted</c>) or co-hosted it (<c>co-hosted</c>).</summary>
public enum EventRole
{
    Hosted,
    CoHosted,
}

/// <summary>Who owns a patent: the member, the university alone (does not count), or both.</summary>
public enum PatentOwner
{
    Member,
    University,
    Joint,
}

/// <summary>Where each kind belongs: its record type, its KPI, and whether it must serve a firm member.</summary>
public static class ActivityKinds
{
    public static ActivityType TypeOf(ActivityKind kind) => kind switch
    {
        ActivityKind.Promotion or ActivityKind.Seminar => ActivityType.Event,
        ActivityKind.Consultation => ActivityType.Consultation,
        ActivityKind.OnSiteGuidance => ActivityType.Guidance,
        _ when Enum.IsDefined(kind) => ActivityType.Outcome,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The KPI a record of <paramref name="kind"/> counts toward (both patent kinds count toward patents).</summary>
    public static ActivityKpi KpiOf(ActivityKind kind) => kind switch
    {
        ActivityKind.Promotion => ActivityKpi.PromotionEvents,
        ActivityKind.Seminar => ActivityKpi.TechnicalSeminars,
        ActivityKind.Consultation => ActivityKpi.Consultations,
        ActivityKind.OnSiteGuidance => ActivityKpi.OnSiteGuidance,
        ActivityKind.NewProduct => ActivityKpi.NewProducts,
        ActivityKind.NewTechnology => ActivityKpi.NewTechnologies,
        ActivityKind.PatentApplication or ActivityKind.PatentGrant => ActivityKpi.Patents,
        ActivityKind.NewHire => ActivityKpi.NewHires,
        ActivityKind.DerivedOutputValue => ActivityKpi.DerivedOutputValue,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Everything but an event names the firm member it served (DOMAIN.md: "for firm members").</summary>
    public static bool NamesMember(ActivityKind kind) => TypeOf(kind) != ActivityType.Event;

    public static bool IsPatent(ActivityKind kind) => kind is ActivityKind.PatentApplication or ActivityKind.PatentGrant;

    public static ActivityKind Of(EventKind kind) => kind switch
    {
        EventKind.Promotion => ActivityKind.Promotion,
        EventKind.Seminar => ActivityKind.Seminar,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static ActivityKind Of(OutcomeKind kind) => kind switch
    {
        OutcomeKind.NewProduct => ActivityKind.NewProduct,
        OutcomeKind.NewTechnology => ActivityKind.NewTechnology,
        OutcomeKind.PatentApplication => ActivityKind.PatentApplication,
        OutcomeKind.PatentGrant => ActivityKind.PatentGrant,
        OutcomeKind.NewHire => ActivityKind.NewHire,
        OutcomeKind.DerivedOutputValue => ActivityKind.DerivedOutputValue,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The event kind of an event's <paramref name="kind"/>; null for any other record.</summary>
    public static EventKind? EventKindOf(ActivityKind kind) => kind switch
    {
        ActivityKind.Promotion => EventKind.Promotion,
        ActivityKind.Seminar => EventKind.Seminar,
        _ => null,
    };

    /// <summary>The outcome kind of an outcome's <paramref name="kind"/>; null for any other record.</summary>
    public static OutcomeKind? OutcomeKindOf(ActivityKind kind) =>
        Enum.IsDefined(kind) && TypeOf(kind) == ActivityType.Outcome ? Enum.Parse<OutcomeKind>(kind.ToString()) : null;

    /// <summary>
    /// What one record adds to its KPI: the people hired for a new hire, the amount (NTD) for derived
    /// output value, 1 for anything else (a count).
    /// </summary>
    /// <exception cref="ArgumentException">a new hire without people, or output value without an amount</exception>
    public static decimal FigureOf(ActivityKind kind, int? people, decimal? amount) => kind switch
    {
        ActivityKind.NewHire => people ?? throw new ArgumentException("A new hire needs its people.", nameof(people)),
        ActivityKind.DerivedOutputValue => amount ?? throw new ArgumentException("Derived output value needs its amount.", nameof(amount)),
        _ => 1m,
    };
}
