using System.Globalization;
using static Alliance.SiteVisit.Domain.CounsellingKind;

namespace Alliance.SiteVisit.Domain.Tests;

public sealed partial class CounsellingRulesTests
{
    [Theory]
    [MemberData(nameof(LimitCases))]
    public void Check_MarketingDemonstration_AtMostTwoDistinctAlliancesAYear(CounsellingKind kind, string alliance, string demonstrated, string expected) =>
        Assert.Equal(expected, Forms.Outcome(CounsellingRules.Check(Forms.Year108, kind, new DateOnly(2019, 6, 1), Forms.IdOf(alliance), Set(demonstrated))));

    [Theory]
    [MemberData(nameof(DateCases))]
    public void Check_Date_WithinTheProgrammeYear(CounsellingKind kind, string date, string expected) =>
        Assert.Equal(expected, Forms.Outcome(CounsellingRules.Check(
            Forms.Year108, kind, DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture), Forms.IdOf("A01"), Set(""))));

    private static HashSet<Guid> Set(string codes) => codes.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Forms.IdOf).ToHashSet();
}
