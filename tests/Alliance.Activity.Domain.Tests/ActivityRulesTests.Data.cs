using static Alliance.Activity.Domain.ActivityKind;
using static Alliance.Activity.Domain.Tests.Records;

namespace Alliance.Activity.Domain.Tests;

// Year 108: programme year 2019-02-01..2020-01-31. Every record is dated 2019-05-01 unless the row says otherwise.
// Expected: "accepted", "member-not-yet-known", or "<rule code>@<field>".
public sealed partial class ActivityRulesTests
{
    public static TheoryData<ActivityKind, string, string, string> DateBoundaryCases => new()
    {
        { Promotion, "2019-02-01", "none", "accepted" },
        { Promotion, "2019-01-31", "none", "date-outside-programme-year@date" },
        { Seminar, "2020-01-31", "none", "accepted" },
        { Seminar, "2020-02-01", "none", "date-outside-programme-year@date" },
        { Consultation, "2019-02-01", InForce, "accepted" },
        { Consultation, "2019-01-31", InForce, "date-outside-programme-year@date" },
        { OnSiteGuidance, "2020-01-31", InForce, "accepted" },
        { OnSiteGuidance, "2020-02-01", InForce, "date-outside-programme-year@date" },
        { NewProduct, "2019-02-01", InForce, "accepted" },
        { NewTechnology, "2020-01-31", InForce, "accepted" },
        { PatentApplication, "2019-01-31", InForce, "date-outside-programme-year@date" },
        { PatentGrant, "2020-02-01", InForce, "date-outside-programme-year@date" },
        { NewHire, "2019-01-31", InForce, "date-outside-programme-year@date" },
        { DerivedOutputValue, "2020-01-31", InForce, "accepted" },
        // January belongs to the year before: 2019-01-15 is in 107, never in 108.
        { Consultation, "2019-01-15", InForce, "date-outside-programme-year@date" },
        // The date rule needs no member, so it refuses a record whose member is still unknown.
        { Consultation, "2020-02-01", "unknown", "date-outside-programme-year@date" },
        { NewProduct, "2019-01-31", "unknown", "date-outside-programme-year@date" },
    };

    public static TheoryData<ActivityKind, string, string> MemberCases => new()
    {
        { Consultation, "member:firm:2019-01-01..2019-12-31", "accepted" },
        // The contract in force on the very day: starting on it, ending on it.
        { Consultation, "member:firm:2019-05-01..2019-12-31", "accepted" },
        { Consultation, "member:firm:2018-05-01..2019-05-01", "accepted" },
        // A contract ending the day before, or starting the day after.
        { Consultation, "member:firm:2018-05-01..2019-04-30", "no-contract-on-date@date" },
        { Consultation, "member:firm:2019-05-02..2019-12-31", "no-contract-on-date@date" },
        // Two contracts with the date in the gap between them.
        { Consultation, "member:firm:2018-01-01..2019-04-30;2019-06-01..2019-12-31", "no-contract-on-date@date" },
        { Consultation, "member:firm:2018-01-01..2019-04-30;2019-05-01..2019-12-31", "accepted" },
        { Consultation, "member:firm", "no-contract-on-date@date" },
        { Consultation, "member:individual:2019-01-01..2019-12-31", "member-not-a-firm@memberId" },
        { Consultation, "member:other:2019-01-01..2019-12-31", "member-not-a-firm@memberId" },
        { Consultation, "removed:firm", "not-a-member@memberId" },
        { Consultation, "stranger:firm:2019-01-01..2019-12-31", "not-a-member@memberId" },
        { Consultation, "unknown", "member-not-yet-known" },
        { OnSiteGuidance, "member:firm:2018-05-01..2019-04-30", "no-contract-on-date@date" },
        { OnSiteGuidance, "member:individual:2019-01-01..2019-12-31", "member-not-a-firm@memberId" },
        { OnSiteGuidance, "unknown", "member-not-yet-known" },
        { NewProduct, InForce, "accepted" },
        { NewProduct, "member:other:2019-01-01..2019-12-31", "member-not-a-firm@memberId" },
        { NewTechnology, "member:firm:2019-05-02..2019-12-31", "no-contract-on-date@date" },
        { NewTechnology, "removed:firm", "not-a-member@memberId" },
        { PatentApplication, "stranger:firm:2019-01-01..2019-12-31", "not-a-member@memberId" },
        { PatentGrant, "unknown", "member-not-yet-known" },
        { NewHire, "member:firm:2018-05-01..2019-04-30", "no-contract-on-date@date" },
        { NewHire, InForce, "accepted" },
        { DerivedOutputValue, "member:individual:2019-01-01..2019-12-31", "member-not-a-firm@memberId" },
        { DerivedOutputValue, InForce, "accepted" },
    };

    public static TheoryData<ActivityKind, PatentOwner, string, string> PatentCases => new()
    {
        { PatentApplication, PatentOwner.Member, InForce, "accepted" },
        { PatentApplication, PatentOwner.Joint, InForce, "accepted" },
        { PatentApplication, PatentOwner.University, InForce, "university-patent@owner" },
        { PatentGrant, PatentOwner.Member, InForce, "accepted" },
        { PatentGrant, PatentOwner.Joint, InForce, "accepted" },
        { PatentGrant, PatentOwner.University, InForce, "university-patent@owner" },
        // The owner needs no member: refused while the member is unknown, and before the member's own rules.
        { PatentGrant, PatentOwner.University, "unknown", "university-patent@owner" },
        { PatentApplication, PatentOwner.University, "member:individual", "university-patent@owner" },
        { PatentApplication, PatentOwner.Joint, "member:firm:2018-05-01..2019-04-30", "no-contract-on-date@date" },
    };

    public static TheoryData<ActivityKind, string, bool, string> EventCases => new()
    {
        { Promotion, "2019-05-01", false, "accepted" },
        { Seminar, "2019-05-01", false, "accepted" },
        { Promotion, "2019-05-01", true, "event-recorded-as-other-kind@kind" },
        { Seminar, "2019-05-01", true, "event-recorded-as-other-kind@kind" },
        // A date outside the year is named first.
        { Seminar, "2020-02-01", true, "date-outside-programme-year@date" },
    };

    public static TheoryData<ActivityKind, string, string, PatentOwner?, string> OrderCases => new()
    {
        // Another alliance's member is refused before its date or owner is looked at.
        { Consultation, "2020-02-01", "stranger:firm", null, "not-a-member@memberId" },
        { PatentGrant, "2019-05-01", "stranger:firm", PatentOwner.University, "not-a-member@memberId" },
        // Then the date, then the owner, then the member's own rules.
        { PatentGrant, "2020-02-01", "removed:individual", PatentOwner.University, "date-outside-programme-year@date" },
        { PatentGrant, "2019-05-01", "removed:individual", PatentOwner.University, "university-patent@owner" },
        { PatentGrant, "2019-05-01", "removed:individual", PatentOwner.Member, "not-a-member@memberId" },
        { Consultation, "2019-05-01", "member:individual", null, "member-not-a-firm@memberId" },
    };
}
