namespace Alliance.Gateway.Web.Revenue;

/// <summary>The fields an income entry's form asks for beyond counterparty, date, amount, reference and note.</summary>
[Flags]
public enum IncomeFields
{
    None = 0,

    /// <summary>The nature of other income (seminar fee, course fee, cash donation, other).</summary>
    Nature = 1,

    /// <summary>The project's period (cooperation).</summary>
    Period = 2,

    /// <summary>Whether it concerns the core technology and the PI signed it (cooperation).</summary>
    CoreTechnologyAndPi = 4,

    /// <summary>The date is the contract's signing date, not the date the money came in.</summary>
    SigningDate = 8,

    /// <summary>A counterparty typed in needs only its name: kind, registration number and county are optional (other income, often from a crowd).</summary>
    NameOnlyCounterparty = 16,
}

/// <summary>
/// What each income category's form asks for, by the categories' API names. Which categories there
/// are, their names and order, and the natures of other income come from the revenue service
/// (<see cref="IncomeCatalogue"/>).
/// </summary>
public static class IncomeCategories
{
    public const string MembershipFee = "membership-fee";
    public const string TechnicalService = "technical-service";
    public const string TechnologyTransfer = "technology-transfer";
    public const string IndustryAcademiaCooperation = "industry-academia-cooperation";
    public const string Other = "other";

    public static readonly string[] Statuses = ["accepted", "pending", "flagged", "voided"];

    /// <summary>The fields <paramref name="category"/> asks for; an unknown category asks for none.</summary>
    public static IncomeFields FieldsOf(string? category) => category switch
    {
        IncomeCategories.Other => IncomeFields.Nature | IncomeFields.NameOnlyCounterparty,
        IncomeCategories.TechnologyTransfer => IncomeFields.SigningDate,
        IncomeCategories.IndustryAcademiaCooperation => IncomeFields.SigningDate | IncomeFields.Period | IncomeFields.CoreTechnologyAndPi,
        _ => IncomeFields.None,
    };
}
