using Alliance.Gateway.Components;
using Microsoft.AspNetCore.Http;

namespace Alliance.Gateway.Tests;

public sealed class SecurityHeadersTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/account/sign-in")]
    [InlineData("/_framework/blazor.web.js")]
    [InlineData("/api/auth/me")]
    [InlineData("/api/membership/alliances")]
    [InlineData("/api/auth/openapi/v1.json")]
    public void For_PagesAndAnswers_CarryAllThree(string path) =>
        Assert.Equal(["Content-Security-Policy", "Referrer-Policy", "X-Content-Type-Options"],
            SecurityHeaders.For(new PathString(path)).Select(h => h.Name).Order());

    [Theory]
    [InlineData("/api/auth/docs")]
    [InlineData("/api/membership/docs/v1")]
    [InlineData("/api/revenue/docs/scalar.js")]
    public void For_ApiReferencePages_SkipOnlyTheContentPolicy(string path) =>
        Assert.Equal(["Referrer-Policy", "X-Content-Type-Options"], SecurityHeaders.For(new PathString(path)).Select(h => h.Name).Order());

    [Theory]
    [InlineData("default-src 'self'")]
    [InlineData("script-src 'self';")]
    [InlineData("object-src 'none'")]
    [InlineData("base-uri 'self'")]
    [InlineData("form-action 'self'")]
    [InlineData("frame-ancestors 'none'")]
    [InlineData("img-src 'self' data:")]
    [InlineData("connect-src 'self'")]
    public void ContentSecurityPolicy_HasTheDirective(string directive) =>
        Assert.Contains(directive, SecurityHeaders.ContentSecurityPolicy);

    [Fact]
    public void ContentSecurityPolicy_AllowsNoInlineOrEvaluatedScript() =>
        Assert.DoesNotContain("unsafe", SecurityHeaders.ContentSecurityPolicy.Split(';').Single(d => d.Trim().StartsWith("script-src")));
}
