using System.Globalization;
using Alliance.Gateway.Web.SiteVisit;

namespace Alliance.Gateway.Tests;

public sealed class VisitTimesTests
{
    public static TheoryData<string, bool> WindowOf108 => new()
    {
        { "2019-03-31", false },
        { "2019-04-01", true },
        { "2019-05-15", true },
        { "2019-07-31", true },
        { "2019-08-01", false },
        { "2020-04-01", false },
        { "2018-05-01", false },
    };

    [Theory]
    [MemberData(nameof(WindowOf108))]
    public void InWindow_DateOfYear108_IsAprilToJulyInclusive(string date, bool expected) =>
        Assert.Equal(expected, VisitTimes.InWindow(DateOnly.Parse(date, CultureInfo.InvariantCulture), 108));

    [Fact]
    public void StartsAt_DateAndTimeInTaiwan_CarriesThePlusEightOffset() =>
        Assert.Equal(DateTimeOffset.Parse("2019-05-15T10:30:00+08:00", CultureInfo.InvariantCulture), VisitTimes.StartsAt(new(2019, 5, 15), new(10, 30)));

    [Theory]
    [InlineData("2019-05-15T02:00:00+00:00", "zh-TW", "108/05/15 10:00")]
    [InlineData("2019-05-15T02:00:00+00:00", "en", "2019-05-15 10:00")]
    [InlineData("2019-07-31T17:30:00+00:00", "zh-TW", "108/08/01 01:30")]
    public void Format_Instant_ShowsTaiwanDateAndMinute(string instant, string culture, string expected) =>
        Assert.Equal(expected, VisitTimes.Format(DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture), CultureInfo.GetCultureInfo(culture)));

    [Fact]
    public void DateOf_LateEveningUtc_IsTheNextDayInTaiwan() =>
        Assert.Equal(new DateOnly(2019, 8, 1), VisitTimes.DateOf(DateTimeOffset.Parse("2019-07-31T16:00:00+00:00", CultureInfo.InvariantCulture)));
}
