using static Alliance.SiteVisit.Domain.CounsellingKind;

namespace Alliance.SiteVisit.Domain.Tests;

// Alliances by code; "demonstrated" lists those with a marketing demonstration already recorded in year 108.
public sealed partial class CounsellingRulesTests
{
    public static TheoryData<CounsellingKind, string, string, string> LimitCases => new()
    {
        { MarketingDemonstration, "A01", "", "ok" },
        { MarketingDemonstration, "B02", "A01", "ok" },
        { MarketingDemonstration, "C03", "A01,B02", "marketing-demonstration-limit@kind" },
        // An alliance already chosen may have another session.
        { MarketingDemonstration, "A01", "A01,B02", "ok" },
        { MarketingDemonstration, "B02", "A01,B02", "ok" },
        // The limit is for marketing demonstrations alone.
        { Lecture, "C03", "A01,B02", "ok" },
        { Case, "C03", "A01,B02", "ok" },
    };

    public static TheoryData<CounsellingKind, string, string> DateCases => new()
    {
        { Lecture, "2019-02-01", "ok" },
        { Lecture, "2019-01-31", "date-outside-programme-year@date" },
        { Case, "2020-01-31", "ok" },
        { Case, "2020-02-01", "date-outside-programme-year@date" },
        { MarketingDemonstration, "2019-01-31", "date-outside-programme-year@date" },
    };
}
