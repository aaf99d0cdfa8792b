namespace Alliance.Programme.Tests;

public sealed partial class RegionsTests
{
    [Theory]
    [MemberData(nameof(CountyRegions))]
    public void Of_DomesticCounty_ReturnsItsRegion(string county, Region expected) =>
        Assert.Equal(expected, Regions.Of(county, foreign: false));

    [Theory]
    [MemberData(nameof(TaiSpellings))]
    public void Of_TaiSpelling_ReturnsSameRegionAsCanonical(string county, Region expected) =>
        Assert.Equal(expected, Regions.Of(county, foreign: false));

    [Theory]
    [InlineData(null)]
    [InlineData("臺北市")]
    [InlineData("Tokyo")]
    public void Of_ForeignFirm_IsIslandsAndOverseas(string? county) =>
        Assert.Equal(Region.IslandsAndOverseas, Regions.Of(county, foreign: true));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("臺北縣")]
    [InlineData("Taipei")]
    public void Of_DomesticUnknownCounty_ReturnsNull(string? county) => Assert.Null(Regions.Of(county, foreign: false));

    [Fact]
    public void CountyRegions_CoverEveryCounty() =>
        Assert.Equal(Counties.All.Order(), CountyRegions.Select(row => (string)row.Data.Item1).Order());
}
