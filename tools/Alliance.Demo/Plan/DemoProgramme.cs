using Alliance.Programme;

namespace Alliance.Demo.Plan;

/// <summary>
/// A whole demo programme as it will be entered: the current programme year and the one before it,
/// the alliances of each domain with their members, income entries and activities. Pure data, made by
/// <see cref="DemoPlanner"/> from a seed; the loader enters it through the API.
/// </summary>
public sealed record DemoProgramme(int Seed, double Scale, ProgrammeYear Current, DateOnly Today, IReadOnlyList<DemoAlliance> Alliances)
{
    public ProgrammeYear Previous => ProgrammeYear.Create(Current.Roc - 1);

    /// <summary>The current year's site visits (<see cref="SiteVisitDraw"/>), those held before today with their forms.</summary>
    public IReadOnlyList<DemoVisit> Visits { get; init; } = [];

    /// <summary>Last year's site visits, all held: the centre selects each domain's outstanding alliance from their ranking and an officer confirms it.</summary>
    public IReadOnlyList<DemoVisit> LastYearsVisits { get; init; } = [];

    /// <summary>The alliance the centre flagged abnormal this year, with its case counselling.</summary>
    public DemoAbnormal? Abnormal { get; init; }

    public int MemberCount => Alliances.Sum(a => a.Members.Count);

    public int IncomeCount => Alliances.Sum(a => a.Incomes.Count);

    /// <summary>The activities the system keeps (those it refuses leave nothing).</summary>
    public int ActivityCount => Alliances.Sum(a => a.Activities.Count(activity => activity.RefusedWith is null));
}

/// <param name="Subsidies">the approved subsidy (NTD) of each programme year, by ROC year</param>
/// <param name="RemovedByMistake">indexes into <see cref="Members"/> of members removed after their entries and activities were recorded (those become flagged)</param>
/// <param name="Activities">events, consultations, guidance and outcomes, in the order a PI enters them (see <see cref="DemoActivity"/>)</param>
public sealed record DemoAlliance(
    string Code, string Name, string HostInstitution, string DomainCode, int Phase, int YearInPhase,
    DemoPerson Pi, IReadOnlyDictionary<int, decimal> Subsidies, IReadOnlyList<DemoFeeTier> FeeTiers,
    IReadOnlyList<DemoMember> Members, IReadOnlyList<DemoIncome> Incomes, IReadOnlyList<int> RemovedByMistake)
{
    public IReadOnlyList<DemoActivity> Activities { get; init; } = [];

    private static readonly string[] FirmKinds = ["taiwan-company", "non-research-juridical-person", "association", "foreign-company"];

    /// <summary>
    /// The effective firm members this alliance should show for <paramref name="year"/>: its firms whose
    /// contract spans the cutoff (less those removed), and the firms that became members by a cooperation
    /// project alone (the special case) whose project spans it.
    /// </summary>
    public int ExpectedFirmMembers(ProgrammeYear year) =>
        Members.Where((member, index) => !RemovedByMistake.Contains(index) && FirmKinds.Contains(member.Kind) && Spans(member.Contract?.Start, member.Contract?.End, year)).Count()
        + Incomes.Count(i => i.Category == "industry-academia-cooperation" && i.MemberIndex is null && Spans(i.PeriodStart, i.PeriodEnd, year));

    /// <summary>
    /// The activity summary this alliance should show for <paramref name="year"/>, by KPI code: its activities
    /// kept and counted (not refused, and not naming a member removed by mistake, which leaves them flagged),
    /// counted per KPI, people summed for new hires and NTD for derived output value.
    /// </summary>
    public IReadOnlyDictionary<string, decimal> ExpectedActivityKpis(int year)
    {
        var counted = Activities.Where(a => a.Year == year && a.RefusedWith is null && !(a.MemberIndex is { } m && RemovedByMistake.Contains(m))).ToList();
        decimal Count(string type, params string?[] kinds) => counted.Count(a => a.Type == type && kinds.Contains(a.Kind));
        return new Dictionary<string, decimal>
        {
            ["promotion-events"] = Count(DemoActivity.Events, "promotion"),
            ["technical-seminars"] = Count(DemoActivity.Events, "seminar"),
            ["consultations"] = Count(DemoActivity.Consultations, [null]),
            ["on-site-guidance"] = Count(DemoActivity.Guidance, [null]),
            ["new-products"] = Count(DemoActivity.Outcomes, "new-product"),
            ["new-technologies"] = Count(DemoActivity.Outcomes, "new-technology"),
            ["patents"] = Count(DemoActivity.Outcomes, "patent-application", "patent-grant"),
            ["new-hires"] = counted.Where(a => a.Kind == "new-hire").Sum(a => a.People ?? 0),
            ["derived-output-value"] = counted.Where(a => a.Kind == "derived-output-value").Sum(a => a.Amount ?? 0),
        };
    }

    /// <summary>The activities of <paramref name="year"/> that become flagged: those naming a member removed by mistake.</summary>
    public int ExpectedFlaggedActivities(int year) =>
        Activities.Count(a => a.Year == year && a.RefusedWith is null && a.MemberIndex is { } m && RemovedByMistake.Contains(m));

    private static bool Spans(DateOnly? start, DateOnly? end, ProgrammeYear year) => start <= year.Cutoff && year.Cutoff <= end;
}

public sealed record DemoPerson(string UserName, string DisplayName);

public sealed record DemoFeeTier(string Name, decimal YearlyFee, string Services);

/// <param name="Kind">the organisation kind's API name (taiwan-company, natural-person, …)</param>
public sealed record DemoMember(string Name, string Kind, string? RegistrationNumber, string? County, string? Country, string Contact, DemoContract? Contract);

public sealed record DemoContract(DateOnly Start, DateOnly End, string? Tier, bool Paid, decimal Fee);

/// <summary>
/// One income entry. It names a member of the alliance by its index in the alliance's members
/// (<see cref="MemberIndex"/>), or a counterparty by name and kind.
/// </summary>
public sealed record DemoIncome(
    int Year, string Category, int? MemberIndex, string? CounterpartyName, string? CounterpartyKind, string? CounterpartyRegistrationNumber,
    string? CounterpartyCounty, DateOnly Date, decimal Amount, string? Reference, string? Nature,
    DateOnly? PeriodStart, DateOnly? PeriodEnd, bool? ConcernsCoreTechnology, bool? SignedByPi);

/// <summary>
/// One activity record, entered at <c>/api/activity/alliances/{id}/{Type}</c>: an event (<see cref="Kind"/>
/// promotion or seminar), a consultation or on-site guidance for the member at <see cref="MemberIndex"/>
/// (<see cref="Topic"/>, <see cref="Hours"/>), or an outcome for it (<see cref="Kind"/> new-product, …,
/// derived-output-value, with the fields of its kind). When <see cref="RefusedWith"/> is set it is a mistake
/// the service refuses with that code (a 422), and nothing is kept.
/// </summary>
/// <param name="Type">the path: events, consultations, guidance or outcomes</param>
public sealed record DemoActivity(
    string Type, int Year, string? Kind, DateOnly Date, int? MemberIndex,
    string? Title = null, string? Place = null, string? Role = null, int? Attendees = null, int? FirmAttendees = null,
    string? Topic = null, decimal? Hours = null,
    string? PatentNumber = null, string? Country = null, string? Owner = null, int? People = null, decimal? Amount = null,
    string? RefusedWith = null)
{
    public const string Events = "events";
    public const string Consultations = "consultations";
    public const string Guidance = "guidance";
    public const string Outcomes = "outcomes";
}
