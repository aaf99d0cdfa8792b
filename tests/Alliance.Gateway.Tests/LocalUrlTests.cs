using Alliance.Gateway.Components.Account;

namespace Alliance.Gateway.Tests;

public sealed class LocalUrlTests
{
    [Theory]
    [InlineData("/admin/users", "/admin/users")]
    [InlineData("/", "/")]
    [InlineData("/pi/assistants?x=1", "/pi/assistants?x=1")]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    [InlineData("admin", "/")]
    public void OrHome_Url_KeepsOnlyLocalPaths(string? url, string expected) =>
        Assert.Equal(expected, LocalUrl.OrHome(url));
}
