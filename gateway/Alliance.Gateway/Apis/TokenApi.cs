using System.ComponentModel.DataAnnotations;
using Alliance.Gateway.Auth;
using Alliance.Gateway.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Alliance.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Mvc;

namespace Alliance.Gateway.Apis;

/// <summary>Bearer tokens for scripts: an hour at most, for the user's own roles and scope.</summary>
public static class TokenApi
{
    public static RouteGroupBuilder MapTokenApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth/token").WithTags("Tokens");
        group.MapPost("/", IssueToken).WithName(nameof(IssueToken)).AllowAnonymous().RequireRateLimiting(RateLimits.SignIn)
            .WithSummary("Exchanges a user name, password and (once enrolled) one-time code for a bearer token.");
        return group;
    }

    public static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> IssueToken(
        TokenRequest request, HttpContext http, SignInService signIns, AccessTokens tokens, AuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        var result = await signIns.CheckAsync(request.UserName, request.Password, request.OneTimeCode, "token", cancellationToken);
        if (result.User is null)
        {
            if (result.RetryAfter is { } wait)
            {
                http.Response.Headers.RetryAfter = RateLimits.RetryAfterSeconds(wait);
            }

            return SignInProblems.For(result.Outcome, RequestLanguage.Of(http));
        }

        var (record, value) = await tokens.IssueAsync(result.User.Id, AccessTokenKind.Session, "token", clock.GetUtcNow() + AccessTokens.SessionLifetime, cancellationToken);
        await audit.WriteAsync(result.User.UserName!, AuditActions.TokenIssued, "Succeeded", cancellationToken: cancellationToken);
        return TypedResults.Ok(new TokenResponse(value, record.ExpiresAt));
    }
}

/// <summary>How a failed sign-in is told: never which of user name or password was wrong, nor whether the account is locked.</summary>
public static class SignInProblems
{
    public static ProblemHttpResult For(SignInOutcome outcome, System.Globalization.CultureInfo language) => outcome.Told() switch
    {
        SignInOutcome.Throttled => TypedResults.Problem(RateLimits.TooManyAttempts(language)),
        SignInOutcome.SecondFactorRequired => Problem(StatusCodes.Status401Unauthorized, "second-factor-required",
            new("請輸入驗證器應用程式的一次性驗證碼。", "A one-time code from the authenticator app is required."), language),
        SignInOutcome.NotApproved => Problem(StatusCodes.Status403Forbidden, "not-approved",
            new("聯盟的計畫主持人尚未核准您的申請。", "The registration has not been approved by the alliance's PI."), language),
        _ => Problem(StatusCodes.Status401Unauthorized, "sign-in-failed",
            new("帳號、密碼或驗證碼錯誤。", "The user name, password or one-time code is wrong."), language),
    };

    private static ProblemHttpResult Problem(int status, string code, LocalizedText title, System.Globalization.CultureInfo language) =>
        TypedResults.Problem(new ProblemDetails { Status = status, Title = title.For(language), Extensions = { ["code"] = code } });
}

public sealed class TokenRequest
{
    [Required, StringLength(256, MinimumLength = 1)]
    public string UserName { get; init; } = "";

    [Required, StringLength(512, MinimumLength = 1)]
    public string Password { get; init; } = "";

    [StringLength(10)]
    public string? OneTimeCode { get; init; }
}

public sealed record TokenResponse(string AccessToken, DateTimeOffset ExpiresAt);
