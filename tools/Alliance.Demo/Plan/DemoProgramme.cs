using Alliance.Programme;

namespace Alliance.Demo.Plan;

/// <summary>
/// A whole demo programme as it will be entered: the current programme year and the one before it,
/// the alliances of each domain with their members and income entries. Pure data, made by
/// <see cref="DemoPlanner"/> from a seed; the loader enters it through the API.
/// </summary>
public sealed record DemoProgramme(int Seed, double Scale, ProgrammeYear Current, DateOnly Today, IReadOnlyList<DemoAlliance> Alliances)
{
    public ProgrammeYear Previous => ProgrammeYear.Create(Current.Roc - 1);

    public int MemberCount => Alliances.Sum(a => a.Members.Count);

    public int IncomeCount => Alliances.Sum(a => a.Incomes.Count);
}

/// <param name="Subsidies">the approved subsidy (NTD) of each programme year, by ROC year</param>
/// <param name="RemovedByMistake">indexes into <see cref="Members"/> of members removed after their entries were recorded (their entries become flagged)</param>
public sealed record DemoAlliance(
    string Code, string Name, string HostInstitution, string DomainCode, int Phase, int YearInPhase,
    DemoPerson Pi, IReadOnlyDictionary<int, decimal> Subsidies, IReadOnlyList<DemoFeeTier> FeeTiers,
    IReadOnlyList<DemoMember> Members, IReadOnlyList<DemoIncome> Incomes, IReadOnlyList<int> RemovedByMistake)
{
    private static readonly string[] FirmKinds = ["taiwan-company", "non-research-juridical-person", "association", "foreign-company"];

    /// <summary>
    /// The effective firm members this alliance should show for <paramref name="year"/>: its firms whose
    /// contract spans the cutoff (less those removed), and the firms that became members by a cooperation
    /// project alone (the special case) whose project spans it.
    /// </summary>
    public int ExpectedFirmMembers(ProgrammeYear year) =>
        Members.Where((member, index) => !RemovedByMistake.Contains(index) && FirmKinds.Contains(member.Kind) && Spans(member.Contract?.Start, member.Contract?.End, year)).Count()
        + Incomes.Count(i => i.Category == "industry-academia-cooperation" && i.MemberIndex is null && Spans(i.PeriodStart, i.PeriodEnd, year));

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
