using Alliance.Revenue.Domain;
using Alliance.ServiceDefaults.Problems;

namespace Alliance.Revenue.Api.Apis;

/// <summary>
/// The names of the income categories and natures in the GLOSSARY's terms, stated once: the category
/// endpoint gives them to the pages, which show nothing else.
/// </summary>
public static class IncomeNames
{
    public static LocalizedText Of(IncomeCategory category) => category switch
    {
        IncomeCategory.MembershipFee => new("會員費", "Membership fee"),
        IncomeCategory.TechnicalService => new("技術服務收入", "Technical-service income"),
        IncomeCategory.TechnologyTransfer => new("技術轉移收入", "Technology-transfer income"),
        IncomeCategory.IndustryAcademiaCooperation => new("產學合作收入", "Industry–academia cooperation income"),
        IncomeCategory.Other => new("其它收入", "Other income"),
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    // English names are lower case: the form lists them, and they read inside a sentence as well.
    public static LocalizedText Of(IncomeNature nature) => nature switch
    {
        IncomeNature.SeminarFee => new("研討會報名費", "seminar fee"),
        IncomeNature.CourseFee => new("課程收入", "course fee"),
        IncomeNature.CashDonation => new("廠商現金捐贈", "cash donation from a firm"),
        IncomeNature.Other => new("其它", "other"),
        IncomeNature.UniversityIncentive => new("學校獎勵金", "university incentive"),
        IncomeNature.UniversityEquipment => new("學校提供之設備", "equipment from the university"),
        IncomeNature.DonatedEquipment => new("廠商捐贈之設備", "equipment donated by a firm"),
        IncomeNature.MinistrySubsidy => new("科技部補助款", "the ministry's subsidy"),
        _ => throw new ArgumentOutOfRangeException(nameof(nature), nature, null),
    };
}
