using System.Net;
using System.Net.Http.Headers;
using Alliance.ServiceDefaults.Problems;
using Alliance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Alliance.ServiceDefaults.Tests.Security;

/// <summary>The whole pipeline a service runs, in memory: what reaches a handler and what is refused how.</summary>
public sealed class InternalAuthenticationTests
{
    private const string Prefix = "/api/membership";
    private static readonly Guid OtherAlliance = Guid.Parse("0195f3a4-0000-7000-8000-0000000000ff");

    private readonly TestTokens tokens = new();

    public static TheoryData<string, string, string?, HttpStatusCode> Routes => new()
    {
        { "GET", "/health", null, HttpStatusCode.OK },
        { "GET", "/alive", null, HttpStatusCode.OK },
        { "GET", $"{Prefix}/openapi/v1.json", null, HttpStatusCode.OK },
        { "GET", $"{Prefix}/docs", null, HttpStatusCode.Found },
        { "GET", $"{Prefix}/docs/", null, HttpStatusCode.OK },
        { "GET", $"{Prefix}/whoami", null, HttpStatusCode.Unauthorized },
        { "GET", $"{Prefix}/whoami", Roles.Reviewer, HttpStatusCode.OK },
        { "POST", $"{Prefix}/alliances", Roles.Pi, HttpStatusCode.Forbidden },
        { "POST", $"{Prefix}/alliances", Roles.CentreAdmin, HttpStatusCode.OK },
        { "GET", $"{Prefix}/alliances/{TestTokens.Alliance}", Roles.Pi, HttpStatusCode.OK },
        { "GET", $"{Prefix}/alliances/{OtherAlliance}", Roles.Pi, HttpStatusCode.Forbidden },
        { "GET", $"{Prefix}/alliances/{OtherAlliance}", Roles.MinistryOfficer, HttpStatusCode.OK },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Request_RoleAndRoute_AnswersTheExpectedStatus(string method, string path, string? role, HttpStatusCode expected)
    {
        await using var app = await StartAsync(tokens.Keys.PublicKeys);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (role is not null)
        {
            request.Headers.Authorization = Bearer(new InternalCaller("wang", [role], [TestTokens.Alliance], 1), ResourceNames.Membership);
        }

        using var response = await app.GetTestClient().SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(ResourceNames.Revenue)]
    public async Task Request_NoTokenOrOtherAudience_Answers401ProblemDetails(string? audience)
    {
        await using var app = await StartAsync(tokens.Keys.PublicKeys);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Prefix}/whoami");
        request.Headers.Authorization = audience is null ? null : Bearer(TestTokens.Pi(), audience);

        using var response = await app.GetTestClient().SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        await AssertProblem(response, "unauthenticated");
    }

    [Fact]
    public async Task Request_RoleMissingForPolicy_Answers403ProblemDetails()
    {
        await using var app = await StartAsync(tokens.Keys.PublicKeys);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Prefix}/alliances");
        request.Headers.Authorization = Bearer(TestTokens.Pi(), ResourceNames.Membership);

        using var response = await app.GetTestClient().SendAsync(request, TestContext.Current.CancellationToken);

        await AssertProblem(response, "forbidden");
    }

    [Fact]
    public async Task Request_ValidToken_HandlerSeesTheCaller()
    {
        await using var app = await StartAsync(tokens.Keys.PublicKeys);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Prefix}/whoami");
        request.Headers.Authorization = Bearer(TestTokens.Pi(), ResourceNames.Membership);

        using var response = await app.GetTestClient().SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal("wang", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Request_VerifiedToken_IsKeptUntilItExpiresAndThenRefused()
    {
        await using var app = await StartAsync(tokens.Keys.PublicKeys);
        var token = tokens.Issuer.Issue(TestTokens.Pi(), ResourceNames.Membership);
        var verified = app.Services.GetRequiredService<VerifiedTokens>();

        Assert.Equal(HttpStatusCode.OK, await WhoAmIStatusAsync(app, token));
        Assert.True(verified.TryGet(token, out var kept));
        Assert.Equal("wang", kept.Identity?.Name);
        Assert.Equal(HttpStatusCode.OK, await WhoAmIStatusAsync(app, token));

        // Past the token's expiry and the clock skew allowed for it: neither the kept copy nor a fresh check lets it in.
        tokens.Clock.Advance(TimeSpan.FromMinutes(5) + InternalTokenValidation.ClockSkew + TimeSpan.FromSeconds(1));
        Assert.False(verified.TryGet(token, out _));
        Assert.Equal(HttpStatusCode.Unauthorized, await WhoAmIStatusAsync(app, token));
    }

    [Fact]
    public async Task Request_KeptTokenWithAChangedSignature_IsRefused()
    {
        await using var app = await StartAsync(tokens.Keys.PublicKeys);
        var token = tokens.Issuer.Issue(TestTokens.Pi(), ResourceNames.Membership);
        Assert.Equal(HttpStatusCode.OK, await WhoAmIStatusAsync(app, token));

        var forged = token[..^2] + (token[^2] == 'A' ? 'B' : 'A') + token[^1];

        Assert.Equal(HttpStatusCode.Unauthorized, await WhoAmIStatusAsync(app, forged));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("[]")]
    [InlineData("not json")]
    public async Task Start_PublicKeysMissingOrInvalid_Fails(string? publicKeys) =>
        await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(publicKeys));

    [Theory]
    [InlineData(null)]
    [InlineData("""{"kid":"k1","key":"AAAA"}""")]
    public async Task AddInternalTokenIssuer_SigningKeyMissingOrInvalid_FailsStart(string? signingKey)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["InternalTokens:SigningKey"] = signingKey;
        builder.AddInternalTokenIssuer();
        using var host = builder.Build();

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("InternalTokens:SigningKey", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddInternalTokenIssuer_ValidKey_ResolvesAnIssuer()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["InternalTokens:SigningKey"] = tokens.Keys.SigningKey;
        builder.AddInternalTokenIssuer();
        using var host = builder.Build();
        await host.StartAsync(TestContext.Current.CancellationToken);

        var token = host.Services.GetRequiredService<InternalTokenIssuer>().Issue(TestTokens.Pi(), ResourceNames.Membership);

        Assert.Equal(3, token.Split('.').Length);
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<HttpStatusCode> WhoAmIStatusAsync(WebApplication app, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Prefix}/whoami");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await app.GetTestClient().SendAsync(request, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }

    private AuthenticationHeaderValue Bearer(InternalCaller caller, string audience) => new("Bearer", tokens.Issuer.Issue(caller, audience));

    private static async Task AssertProblem(HttpResponseMessage response, string code)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains($"\"code\":\"{code}\"", body, StringComparison.Ordinal);
    }

    private async Task<WebApplication> StartAsync(string? publicKeys)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration["InternalTokens:PublicKeys"] = publicKeys;
        builder.Services.AddSingleton<TimeProvider>(tokens.Clock);
        builder.AddDefaultHealthChecks();
        builder.AddApiConventions();
        builder.Services.AddAllianceProblemDetails();
        builder.AddInternalAuthentication(ResourceNames.Membership);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapDefaultEndpoints();
        app.MapApiDocuments(Prefix);
        app.MapGet($"{Prefix}/whoami", (Caller caller) => caller.UserName);
        app.MapPost($"{Prefix}/alliances", () => "registered").RequireAuthorization(policy => policy.RequireRole(Roles.CentreAdmin));
        app.MapGet($"{Prefix}/alliances/{{allianceId:guid}}", (Guid allianceId, Caller caller) =>
        {
            caller.RequireAllianceAccess(allianceId, Access.Read);
            return "alliance";
        });

        try
        {
            await app.StartAsync(TestContext.Current.CancellationToken);
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }
}
