using Alliance.Gateway.Auth;

namespace Alliance.Gateway.Tests;

public sealed class SecondFactorRuleTests
{
    public static TheoryData<string, string, bool> Cases => new()
    {
        { "GET", "/api/auth/me", true },
        { "GET", "/api/auth/me/", true },
        { "GET", "/API/Auth/Me", true },
        { "POST", "/api/auth/two-factor/setup", true },
        { "POST", "/api/auth/two-factor/enable", true },
        { "POST", "/api/auth/token", true },
        { "POST", "/api/auth/me", false },
        { "GET", "/api/auth/two-factor/setup", false },
        { "POST", "/api/auth/password", false },
        { "POST", "/api/auth/personal-tokens", false },
        { "GET", "/api/auth/personal-tokens", false },
        { "GET", "/api/auth/users", false },
        { "GET", "/api/auth/audit", false },
        { "GET", "/api/membership/alliances", false },
        { "POST", "/api/membership/alliances", false },
        { "GET", "/api/auth/me/extra", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void IsOpenBeforeEnrolment_MethodAndPath_OpensOnlyEnrolment(string method, string path, bool expected) =>
        Assert.Equal(expected, SecondFactorRule.IsOpenBeforeEnrolment(method, path));
}
