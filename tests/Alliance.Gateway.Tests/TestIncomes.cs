using Alliance.Gateway.Web.Revenue;

namespace Alliance.Gateway.Tests;

/// <summary>The income catalogue as the revenue service's category endpoint answers it (its integration test asserts the same).</summary>
internal static class TestIncomes
{
    public static readonly IncomeCatalogue Catalogue = new(
    [
        new("membership-fee", "會員費", "Membership fee", 1.0m, true, []),
        new("technical-service", "技術服務收入", "Technical-service income", 1.0m, true, []),
        new("technology-transfer", "技術轉移收入", "Technology-transfer income", 1.0m, false, []),
        new("industry-academia-cooperation", "產學合作收入", "Industry–academia cooperation income", 0.3m, false, []),
        new("other", "其它收入", "Other income", 1.0m, true,
        [
            new("seminar-fee", "研討會報名費", "seminar fee", true),
            new("course-fee", "課程收入", "course fee", true),
            new("cash-donation", "廠商現金捐贈", "cash donation from a firm", true),
            new("other", "其它", "other", true),
            new("university-incentive", "學校獎勵金", "university incentive", false),
            new("university-equipment", "學校提供之設備", "equipment from the university", false),
            new("donated-equipment", "廠商捐贈之設備", "equipment donated by a firm", false),
            new("ministry-subsidy", "科技部補助款", "the ministry's subsidy", false),
        ]),
    ]);
}
