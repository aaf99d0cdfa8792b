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

/// <summary>The income categories by their API names, and what each asks for.</summary>
public static class IncomeCategories
{
    public const string MembershipFee = "membership-fee";
    public const string TechnicalService = "technical-service";
    public const string TechnologyTransfer = "technology-transfer";
    public const string IndustryAcademiaCooperation = "industry-academia-cooperation";
    public const string Other = "other";

    public static readonly string[] All = [MembershipFee, TechnicalService, TechnologyTransfer, IndustryAcademiaCooperation, Other];

    /// <summary>The natures other income may have.</summary>
    public static readonly string[] Natures = ["seminar-fee", "course-fee", "cash-donation", "other"];

    /// <summary>
    /// Natures that never count (DOMAIN.md). The form offers them too, marked, so that someone who
    /// tries to record one is told by the API why it is refused rather than left without a choice.
    /// </summary>
    public static readonly string[] ExcludedNatures = ["university-incentive", "university-equipment", "donated-equipment", "ministry-subsidy"];

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
