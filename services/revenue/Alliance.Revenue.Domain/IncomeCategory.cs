namespace Alliance.Revenue.Domain;

/// <summary>
/// The five categories of income (收入類別) in the operating-revenue formula. API names are the
/// kebab-case forms: membership-fee, technical-service, technology-transfer,
/// industry-academia-cooperation, other.
/// </summary>
public enum IncomeCategory
{
    /// <summary>會員費: from a member of the alliance, received in the programme year.</summary>
    MembershipFee,

    /// <summary>技術服務收入: from any firm, received in the programme year.</summary>
    TechnicalService,

    /// <summary>技術轉移收入: to a firm member with a contract on the signing date, signed in the contract window.</summary>
    TechnologyTransfer,

    /// <summary>產學合作收入: like a transfer, or with a firm that becomes a member by the special case; counts 30 %.</summary>
    IndustryAcademiaCooperation,

    /// <summary>其它收入: from anyone, received in the programme year, of a nature that is not excluded.</summary>
    Other,
}

/// <summary>How one category counts in the operating-revenue formula.</summary>
/// <param name="OperatingRevenueWeight">the share of its amount that counts toward operating revenue: 1, or 0.3 for cooperation</param>
/// <param name="Recurring">whether it counts toward recurring operating revenue (經常性營運收入)</param>
public sealed record IncomeCategoryTerms(IncomeCategory Category, decimal OperatingRevenueWeight, bool Recurring);

/// <summary>Where each category belongs in the formula.</summary>
public static class IncomeCategories
{
    /// <summary>
    /// Every category in the programme's order, with its weight and whether it recurs: the one
    /// statement of them that the formula, the category endpoint and (through it) the pages read.
    /// A full weight is 1 with no decimals, so that counting an amount at it keeps the amount as written.
    /// </summary>
    public static readonly IReadOnlyList<IncomeCategoryTerms> All =
    [
        new(IncomeCategory.MembershipFee, 1m, Recurring: true),
        new(IncomeCategory.TechnicalService, 1m, Recurring: true),
        new(IncomeCategory.TechnologyTransfer, 1m, Recurring: false),
        new(IncomeCategory.IndustryAcademiaCooperation, 0.3m, Recurring: false),
        new(IncomeCategory.Other, 1m, Recurring: true),
    ];

    /// <summary>The terms of <paramref name="category"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">a value that is not a category</exception>
    public static IncomeCategoryTerms Of(IncomeCategory category) =>
        All.SingleOrDefault(terms => terms.Category == category) ?? throw new ArgumentOutOfRangeException(nameof(category), category, null);

    /// <summary>Whether the category signs a contract (its date is the signing date, checked against the contract window).</summary>
    public static bool IsContract(IncomeCategory category) =>
        category is IncomeCategory.TechnologyTransfer or IncomeCategory.IndustryAcademiaCooperation;

    /// <summary>
    /// Whether a counterparty given by name (not a member) must also give its kind of organisation.
    /// Other income often comes from a crowd (研討會報名費, 課程費), not one organisation: a name is
    /// enough, and its kind, registration number and county are optional. Every other category needs
    /// the kind, since its rules judge the counterparty by it.
    /// </summary>
    public static bool NeedsCounterpartyKind(IncomeCategory category) => category != IncomeCategory.Other;

    /// <summary>
    /// The natures an entry of <paramref name="category"/> is recorded with, counted ones first: every
    /// nature for other income (the excluded ones too, so that the refusal can say why), none elsewhere.
    /// </summary>
    public static IReadOnlyList<IncomeNature> NaturesOf(IncomeCategory category) =>
        category == IncomeCategory.Other ? AllNatures : [];

    private static readonly IncomeNature[] AllNatures =
        Enum.GetValues<IncomeNature>().OrderBy(IncomeNatures.IsExcluded).ToArray();
}
