using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Alliance.Gateway.Auth;
using Alliance.Gateway.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Gateway.Apis;

/// <summary>Revocable personal access tokens with the caller's own scope; a token's value is shown once.</summary>
public static class PersonalTokensApi
{
    public static RouteGroupBuilder MapPersonalTokensApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth/personal-tokens").WithTags("Personal access tokens").RequireAuthorization();
        group.MapGet("/", ListPersonalTokens).WithName(nameof(ListPersonalTokens)).WithSummary("The caller's personal access tokens (never their values).");
        group.MapPost("/", CreatePersonalToken).WithName(nameof(CreatePersonalToken))
            .WithSummary("Creates a token; its value is in this answer only. Needs a session (the cookie or a token from /api/auth/token), not a personal access token.");
        group.MapDelete("/{tokenId:guid}", RevokePersonalToken).WithName(nameof(RevokePersonalToken)).WithSummary("Revokes one of the caller's tokens at once.");
        return group;
    }

    public static async Task<Ok<PersonalTokenResponse[]>> ListPersonalTokens(ClaimsPrincipal caller, GatewayDbContext db, CancellationToken cancellationToken)
    {
        var userId = caller.UserId();
        var tokens = await db.AccessTokens.AsNoTracking()
            .Where(t => t.UserId == userId && t.Kind == AccessTokenKind.Personal)
            .OrderByDescending(t => t.CreatedAt)
            .Select(t => new PersonalTokenResponse(t.Id, t.Name, t.CreatedAt, t.ExpiresAt, t.RevokedAt))
            .ToArrayAsync(cancellationToken);
        return TypedResults.Ok(tokens);
    }

    public static async Task<Created<CreatedPersonalTokenResponse>> CreatePersonalToken(
        CreatePersonalTokenRequest request, ClaimsPrincipal caller, AccessTokens tokens, AuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        // A leaked personal token must not be able to outlive its own revocation by minting successors.
        if (!Credentials.IsSession(Credentials.Of(caller)))
        {
            await audit.WriteAsync(caller.UserName(), AuditActions.PersonalTokenCreated, "Refused", detail: SessionProblems.SessionRequired, cancellationToken: cancellationToken);
            throw SessionProblems.NoSession();
        }

        var (record, value) = await tokens.IssueAsync(caller.UserId(), AccessTokenKind.Personal, request.Name.Trim(),
            clock.GetUtcNow().AddDays(request.ExpiresInDays), cancellationToken);
        await audit.WriteAsync(caller.UserName(), AuditActions.PersonalTokenCreated, "Succeeded", subject: record.Id.ToString(), detail: record.Name, cancellationToken: cancellationToken);
        return TypedResults.Created($"/api/auth/personal-tokens/{record.Id}", new CreatedPersonalTokenResponse(record.Id, record.Name, value, record.ExpiresAt));
    }

    public static async Task<Results<NoContent, NotFound>> RevokePersonalToken(
        Guid tokenId, ClaimsPrincipal caller, GatewayDbContext db, AuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        var userId = caller.UserId();
        var token = await db.AccessTokens.SingleOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId && t.Kind == AccessTokenKind.Personal, cancellationToken);
        if (token is null)
        {
            return TypedResults.NotFound();
        }

        token.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(caller.UserName(), AuditActions.PersonalTokenRevoked, "Succeeded", subject: token.Id.ToString(), cancellationToken: cancellationToken);
        return TypedResults.NoContent();
    }
}

public sealed class CreatePersonalTokenRequest
{
    [Required, StringLength(100, MinimumLength = 1)]
    public string Name { get; init; } = "";

    /// <summary>Days until the token expires, 1 to 366.</summary>
    [Range(1, 366)]
    public int ExpiresInDays { get; init; } = 90;
}

public sealed record PersonalTokenResponse(Guid Id, string Name, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt);

public sealed record CreatedPersonalTokenResponse(Guid Id, string Name, string Token, DateTimeOffset ExpiresAt);
