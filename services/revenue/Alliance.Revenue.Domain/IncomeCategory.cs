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

/// <summary>Where each category belongs in the formula.</summary>
public static class IncomeCategories
{
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
}
