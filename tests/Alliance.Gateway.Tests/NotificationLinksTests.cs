using Alliance.Gateway.Web.Notifications;

namespace Alliance.Gateway.Tests;

public sealed class NotificationLinksTests
{
    [Theory]
    [InlineData("/alliances/11111111-2222-3333-4444-555555555555/summary?round=108-kpi-1", "/alliances/11111111-2222-3333-4444-555555555555/summary?round=108-kpi-1")]
    [InlineData("/reporting/years?year=108", "/reporting/years?year=108")]
    [InlineData("https://evil.example/", "/notifications")]
    [InlineData("//evil.example/", "/notifications")]
    [InlineData("/\\evil.example/", "/notifications")]
    [InlineData("/redirect?to=https://evil.example/", "/notifications")]
    [InlineData("alliances/1/summary", "/notifications")]
    [InlineData("", "/notifications")]
    [InlineData(null, "/notifications")]
    public void Local_Link_LeadsOnlyWithinTheSite(string? link, string expected) => Assert.Equal(expected, NotificationLinks.Local(link));
}
