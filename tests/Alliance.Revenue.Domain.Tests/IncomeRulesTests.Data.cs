using static Alliance.Revenue.Domain.IncomeCategory;

namespace Alliance.Revenue.Domain.Tests;

// Year 108: programme year 2019-02-01..2020-01-31; contract window 2019-01-01..2020-01-31.
// Expected: "accepted", "member-not-yet-known", or "<rule code>@<field>".
public sealed partial class IncomeRulesTests
{
    private const string InForce = "member:firm:2018-01-01..2020-12-31";

    // Another alliance's member is refused whatever the category, before its kind or contracts are looked at.
    private const string Foreign = "counterparty-of-another-alliance@counterpartyMemberId";

    public static TheoryData<IncomeCategory, string, string, string> DateBoundaryCases => new()
    {
        { TechnologyTransfer, "2019-01-01", InForce, "accepted" },
        { TechnologyTransfer, "2018-12-31", InForce, "signed-outside-contract-window@date" },
        { TechnologyTransfer, "2020-01-31", InForce, "accepted" },
        { TechnologyTransfer, "2020-02-01", InForce, "signed-outside-contract-window@date" },
        { IndustryAcademiaCooperation, "2019-01-01", InForce, "accepted" },
        { IndustryAcademiaCooperation, "2018-12-31", InForce, "signed-outside-contract-window@date" },
        { IndustryAcademiaCooperation, "2020-01-31", InForce, "accepted" },
        { IndustryAcademiaCooperation, "2020-02-01", InForce, "signed-outside-contract-window@date" },
        { MembershipFee, "2019-02-01", InForce, "accepted" },
        { MembershipFee, "2019-01-31", InForce, "date-outside-programme-year@date" },
        { MembershipFee, "2020-01-31", InForce, "accepted" },
        { MembershipFee, "2020-02-01", InForce, "date-outside-programme-year@date" },
        { TechnicalService, "2019-02-01", "org:taiwan-company", "accepted" },
        { TechnicalService, "2019-01-31", "org:taiwan-company", "date-outside-programme-year@date" },
        { TechnicalService, "2020-01-31", "org:taiwan-company", "accepted" },
        { TechnicalService, "2020-02-01", "org:taiwan-company", "date-outside-programme-year@date" },
        { Other, "2019-02-01", "org:natural-person", "accepted" },
        { Other, "2019-01-31", "org:natural-person", "date-outside-programme-year@date" },
        { Other, "2020-01-31", "org:natural-person", "accepted" },
        { Other, "2020-02-01", "org:natural-person", "date-outside-programme-year@date" },
        // Date rules need no member, so they refuse an entry whose member is still unknown.
        { TechnologyTransfer, "2018-12-31", "unknown", "signed-outside-contract-window@date" },
        { MembershipFee, "2020-02-01", "unknown", "date-outside-programme-year@date" },
    };

    public static TheoryData<IncomeCategory, string, string> CounterpartyCases => new()
    {
        { MembershipFee, "member:individual", "accepted" },
        { MembershipFee, "member:other", "accepted" },
        { MembershipFee, "member:firm", "accepted" },
        { MembershipFee, "org:taiwan-company", "counterparty-not-a-member@counterpartyMemberId" },
        { MembershipFee, "stranger:firm:2019-01-01..2019-12-31", Foreign },
        { MembershipFee, "removed:firm", "counterparty-not-a-member@counterpartyMemberId" },
        { MembershipFee, "unknown", "member-not-yet-known" },
        { TechnicalService, "org:taiwan-company", "accepted" },
        { TechnicalService, "org:non-research-juridical-person", "accepted" },
        { TechnicalService, "org:association", "accepted" },
        { TechnicalService, "org:foreign-company", "accepted" },
        { TechnicalService, "org:mainland-china-company", "counterparty-not-a-firm@counterpartyKind" },
        { TechnicalService, "org:research-juridical-person", "counterparty-not-a-firm@counterpartyKind" },
        { TechnicalService, "org:other-organisation", "counterparty-not-a-firm@counterpartyKind" },
        { TechnicalService, "org:natural-person", "counterparty-not-a-firm@counterpartyKind" },
        { TechnicalService, "member:firm", "accepted" },
        { TechnicalService, "member:individual", "counterparty-not-a-firm@counterpartyMemberId" },
        { TechnicalService, "stranger:firm", Foreign },
        { TechnicalService, "stranger:other", Foreign },
        { TechnicalService, "removed:firm", "accepted" },
        { TechnicalService, "removed:other", "counterparty-not-a-firm@counterpartyMemberId" },
        { TechnicalService, "unknown", "member-not-yet-known" },
        { TechnologyTransfer, "member:firm:2019-01-01..2019-12-31", "accepted" },
        { TechnologyTransfer, "member:firm:2019-05-01..2019-12-31", "accepted" },
        { TechnologyTransfer, "member:firm:2018-05-01..2019-05-01", "accepted" },
        { TechnologyTransfer, "member:firm:2018-05-01..2019-04-30", "no-contract-on-signing-date@date" },
        { TechnologyTransfer, "member:firm:2019-05-02..2019-12-31", "no-contract-on-signing-date@date" },
        { TechnologyTransfer, "member:firm:2018-01-01..2018-12-31;2019-06-01..2019-12-31", "no-contract-on-signing-date@date" },
        { TechnologyTransfer, "member:firm", "no-contract-on-signing-date@date" },
        { TechnologyTransfer, "member:other:2019-01-01..2019-12-31", "counterparty-not-a-firm@counterpartyMemberId" },
        { TechnologyTransfer, "member:individual:2019-01-01..2019-12-31", "counterparty-not-a-firm@counterpartyMemberId" },
        { TechnologyTransfer, "org:taiwan-company", "counterparty-not-a-firm-member@counterpartyMemberId" },
        { TechnologyTransfer, "stranger:firm:2019-01-01..2019-12-31", Foreign },
        { TechnologyTransfer, "removed:firm:2019-01-01..2019-12-31", "counterparty-not-a-firm-member@counterpartyMemberId" },
        { Other, "stranger:individual", Foreign },
        { Other, "member:individual", "accepted" },
        { TechnologyTransfer, "unknown", "member-not-yet-known" },
    };

    // Signed 2019-05-01; the project runs 2019-03-01..2020-02-28.
    public static TheoryData<string, string, string> CooperationCases => new()
    {
        { "member:firm:2019-01-01..2019-12-31", "", "accepted" },
        { "member:firm", "core+pi", "accepted" },
        { "member:firm:2018-01-01..2018-12-31", "core+pi", "accepted" },
        { "member:firm", "core", "no-contract-on-signing-date@date" },
        { "member:firm", "pi", "no-contract-on-signing-date@date" },
        { "member:individual:2019-01-01..2019-12-31", "core+pi", "counterparty-not-a-firm@counterpartyMemberId" },
        { "org:taiwan-company", "core+pi", "accepted" },
        { "org:foreign-company", "core+pi", "accepted" },
        { "org:taiwan-company", "core", "cooperation-needs-core-technology-and-pi@signedByPi" },
        { "org:taiwan-company", "pi", "cooperation-needs-core-technology-and-pi@concernsCoreTechnology" },
        { "org:taiwan-company", "", "cooperation-needs-core-technology-and-pi@concernsCoreTechnology" },
        { "org:research-juridical-person", "core+pi", "counterparty-not-a-firm@counterpartyKind" },
        { "org:natural-person", "core+pi", "counterparty-not-a-firm@counterpartyKind" },
        { "stranger:firm", "core+pi", Foreign },
        { "stranger:firm:2019-01-01..2019-12-31", "core+pi", Foreign },
        { "removed:firm", "core+pi", "accepted" },
        { "removed:firm:2019-01-01..2019-12-31", "core", "cooperation-needs-core-technology-and-pi@signedByPi" },
        { "unknown", "", "member-not-yet-known" },
    };

    // A crowd named only by its name (研討會報名費): enough for other income; every other category judges the kind.
    public static TheoryData<IncomeCategory, string, string> CrowdCases => new()
    {
        { Other, "org:", "accepted" },
        { TechnicalService, "org:", "counterparty-not-a-firm@counterpartyKind" },
        { IndustryAcademiaCooperation, "org:", "counterparty-not-a-firm@counterpartyKind" },
        { MembershipFee, "org:", "counterparty-not-a-member@counterpartyMemberId" },
        { TechnologyTransfer, "org:", "counterparty-not-a-firm-member@counterpartyMemberId" },
    };

    public static TheoryData<IncomeCategory, bool> CounterpartyKindCases => new()
    {
        { MembershipFee, true },
        { TechnicalService, true },
        { TechnologyTransfer, true },
        { IndustryAcademiaCooperation, true },
        { Other, false },
    };

    // Date rules come after: an entry naming another alliance's member is refused for that even when misdated.
    public static TheoryData<IncomeCategory, string, string> ForeignFirstCases => new()
    {
        { TechnologyTransfer, "2018-12-31", Foreign },
        { MembershipFee, "2020-02-01", Foreign },
        { Other, "2020-02-01", Foreign },
    };

    public static TheoryData<IncomeNature, string> NatureCases => new()
    {
        { IncomeNature.SeminarFee, "accepted" },
        { IncomeNature.CourseFee, "accepted" },
        { IncomeNature.CashDonation, "accepted" },
        { IncomeNature.Other, "accepted" },
        { IncomeNature.UniversityIncentive, "excluded-nature@nature" },
        { IncomeNature.UniversityEquipment, "excluded-nature@nature" },
        { IncomeNature.DonatedEquipment, "excluded-nature@nature" },
        { IncomeNature.MinistrySubsidy, "excluded-nature@nature" },
    };
}
