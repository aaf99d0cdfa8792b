using Alliance.Gateway.Auth;

namespace Alliance.Gateway.Tests;

public sealed class CrossSiteRuleTests
{
    private static readonly Uri Own = new("http://localhost:5080");

    public static TheoryData<string, CredentialKind, string?, string?, bool> Cases => new()
    {
        { "POST", CredentialKind.Cookie, "http://localhost:5080", null, false },
        { "POST", CredentialKind.Cookie, "http://LOCALHOST:5080", null, false },
        { "POST", CredentialKind.Cookie, null, "http://localhost:5080/alliances/1/members", false },
        { "DELETE", CredentialKind.Cookie, "", "http://localhost:5080/", false },
        { "POST", CredentialKind.Cookie, "http://localhost:5081", null, true },
        { "POST", CredentialKind.Cookie, "http://evil.localhost:5080", null, true },
        { "POST", CredentialKind.Cookie, "https://localhost:5080", null, true },
        { "POST", CredentialKind.Cookie, "null", null, true },
        { "POST", CredentialKind.Cookie, "http://localhost:5081", "http://localhost:5080/", true },
        { "PUT", CredentialKind.Cookie, null, "http://localhost:5081/page", true },
        { "PATCH", CredentialKind.Cookie, null, null, true },
        { "DELETE", CredentialKind.Cookie, null, "not a url", true },
        { "GET", CredentialKind.Cookie, "http://localhost:5081", null, false },
        { "HEAD", CredentialKind.Cookie, "http://localhost:5081", null, false },
        { "OPTIONS", CredentialKind.Cookie, "http://localhost:5081", null, false },
        { "POST", CredentialKind.SessionToken, "http://localhost:5081", null, false },
        { "POST", CredentialKind.PersonalToken, null, null, false },
        { "POST", CredentialKind.None, "http://localhost:5081", null, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Refuses_MethodCredentialAndSource_RefusesOnlyCookieChangesFromAnotherOrigin(
        string method, CredentialKind credential, string? origin, string? referer, bool expected) =>
        Assert.Equal(expected, CrossSiteRule.Refuses(method, credential, origin, referer, Own));

    [Fact]
    public void Refuses_RequestWithoutAHost_RefusesACookieChange() =>
        Assert.True(CrossSiteRule.Refuses("POST", CredentialKind.Cookie, "http://localhost:5080", null, own: null));
}
