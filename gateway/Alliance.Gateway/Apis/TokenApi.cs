using System.ComponentModel.DataAnnotations;
using Alliance.Gateway.Auth;
using Alliance.Gateway.Data;
using Microsoft.AspNetCore.Http.HttpResults;
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
        TokenRequest request, SignInService signIns, AccessTokens tokens, AuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        var result = await signIns.CheckAsync(request.UserName, request.Password, request.OneTimeCode, "token", cancellationToken);
        if (result.User is null)
        {
            return SignInProblems.For(result.Outcome);
        }

        var (record, value) = await tokens.IssueAsync(result.User.Id, AccessTokenKind.Session, "token", clock.GetUtcNow() + AccessTokens.SessionLifetime, cancellationToken);
        await audit.WriteAsync(result.User.UserName!, AuditActions.TokenIssued, "Succeeded", cancellationToken: cancellationToken);
        return TypedResults.Ok(new TokenResponse(value, record.ExpiresAt));
    }
}

/// <summary>How a failed sign-in is told: never which of user name or password was wrong.</summary>
public static class SignInProblems
{
    public static ProblemHttpResult For(SignInOutcome outcome) => outcome switch
    {
        SignInOutcome.LockedOut => Problem(StatusCodes.Status401Unauthorized, "locked-out", "The account is locked for 15 minutes after too many failed attempts."),
        SignInOutcome.SecondFactorRequired => Problem(StatusCodes.Status401Unauthorized, "second-factor-required", "A one-time code from the authenticator app is required."),
        SignInOutcome.NotApproved => Problem(StatusCodes.Status403Forbidden, "not-approved", "The registration has not been approved by the alliance's PI."),
        _ => Problem(StatusCodes.Status401Unauthorized, "sign-in-failed", "The user name, password or one-time code is wrong."),
    };

    private static ProblemHttpResult Problem(int status, string code, string title) =>
        TypedResults.Problem(new ProblemDetails { Status = status, Title = title, Extensions = { ["code"] = code } });
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
