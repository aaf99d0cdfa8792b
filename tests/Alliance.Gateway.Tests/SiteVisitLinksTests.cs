using Alliance.Gateway.Web.Membership;
using Alliance.Gateway.Web.SiteVisit;

namespace Alliance.Gateway.Tests;

public sealed class SiteVisitLinksTests
{
    [Theory]
    [InlineData(null, null, null, null, "/site-visits")]
    [InlineData(108, null, null, null, "/site-visits?year=108")]
    [InlineData(108, "ict", 2019, 5, "/site-visits?year=108&domain=ict&month=2019-05")]
    public void Calendar_GivenParts_PutsOnlyThoseInTheAddress(int? year, string? domain, int? gregorian, int? month, string expected) =>
        Assert.Equal(expected, SiteVisitLinks.Calendar(year, domain, gregorian, month));

    [Theory]
    [InlineData("2019-05", 2019, 5)]
    [InlineData("2019-13", null, null)]
    [InlineData("May", null, null)]
    [InlineData(null, null, null)]
    public void Month_Address_ReadsAMonthOrNothing(string? month, int? year, int? expected) =>
        Assert.Equal(year is null ? null : (year.Value, expected!.Value), SiteVisitLinks.Month(month));

    [Fact]
    public void Ordered_Rows_FollowTheDomainsOrderUnknownLast()
    {
        var names = new DomainNames([new("ict", "資通訊", "ICT", 2, 1), new("biomedical", "生醫", "Biomedical", 1, 1)]);

        Assert.Equal(["biomedical", "ict", "a-new", "z-new"], names.Ordered(["z-new", "ict", "a-new", "biomedical"], c => c));
        Assert.Equal("z-new", names.Name("z-new"));
    }
}
