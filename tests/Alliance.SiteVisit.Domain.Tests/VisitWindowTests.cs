using System.Globalization;

namespace Alliance.SiteVisit.Domain.Tests;

public sealed partial class VisitWindowTests
{
    [Theory]
    [MemberData(nameof(WindowCases))]
    public void Check_StartInTaiwanTime_AprilToJulyUnlessAReasonIsGiven(string startsAt, bool hasReason, string expected) =>
        Assert.Equal(expected, Forms.Outcome(VisitWindow.Check(Forms.Year108, Parse(startsAt), hasReason)));

    [Theory]
    [MemberData(nameof(YearCases))]
    public void Check_StartOutsideTheProgrammeYear_RefusedEvenWithAReason(string startsAt, bool hasReason, string expected) =>
        Assert.Equal(expected, Forms.Outcome(VisitWindow.Check(Forms.Year108, Parse(startsAt), hasReason)));

    [Theory]
    [MemberData(nameof(TaiwanDateCases))]
    public void TaiwanDate_AnyOffset_IsTheDayInTaiwan(string at, string expected) =>
        Assert.Equal(DateOnly.ParseExact(expected, "yyyy-MM-dd", CultureInfo.InvariantCulture), VisitWindow.TaiwanDate(Parse(at)));

    [Fact]
    public void Of_Year108_IsAprilFirstToJulyThirtyFirst2019() =>
        Assert.Equal("2019-04-01..2019-07-31", VisitWindow.Of(Forms.Year108).ToString());

    private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
