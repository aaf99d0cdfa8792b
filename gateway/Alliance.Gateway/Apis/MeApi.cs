using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Alliance.Gateway.Auth;
using Alliance.Gateway.Identity;
using Alliance.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Alliance.Gateway.Apis;

/// <summary>The signed-in user's own account: who am I, my password, my second factor.</summary>
public static class MeApi
{
    public static RouteGroupBuilder MapMeApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Account").RequireAuthorization();
        group.MapGet("/me", GetMe).WithName(nameof(GetMe)).WithSummary("The caller's account, roles and alliances.");
        group.MapPost("/password", ChangePassword).WithName(nameof(ChangePassword))
            .WithSummary("Changes the caller's password; ends the account's other browser sessions and revokes its other tokens.");
        group.MapPost("/two-factor/setup", SetUpTwoFactor).WithName(nameof(SetUpTwoFactor)).WithSummary("A new authenticator key (not yet active).");
        group.MapPost("/two-factor/enable", EnableTwoFactor).WithName(nameof(EnableTwoFactor)).WithSummary("Activates the second factor with a code from the app.");
        return group;
    }

    public static async Task<Results<Ok<MeResponse>, UnauthorizedHttpResult>> GetMe(
        ClaimsPrincipal caller, ScopeResolver scopes, CancellationToken cancellationToken)
    {
        if (await scopes.FindAsync(caller.UserId(), cancellationToken) is not { } account)
        {
            return TypedResults.Unauthorized();
        }

        var scope = account.Scope;
        return TypedResults.Ok(new MeResponse(
            scope.UserName, account.DisplayName, scope.Roles, scope.Alliances,
            account.TwoFactorEnabled, GatewayRoles.RequiresSecondFactor(scope.Roles)));
    }

    public static async Task<NoContent> ChangePassword(
        ChangePasswordRequest request, ClaimsPrincipal caller, PasswordChanges passwords, CancellationToken cancellationToken)
    {
        await passwords.ChangeAsync(caller, request.CurrentPassword, request.NewPassword, cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<TwoFactorSetupResponse>> SetUpTwoFactor(ClaimsPrincipal caller, UserManager<GatewayUser> users)
    {
        var user = await users.FindByIdAsync(caller.UserId().ToString()) ?? throw DomainException.NotFound(new("找不到此帳號。", "No such account."));
        if (user.TwoFactorEnabled)
        {
            throw DomainException.Conflict("twoFactor", new("雙因素驗證已啟用。", "The second factor is already enabled."));
        }

        await users.ResetAuthenticatorKeyAsync(user);
        var key = (await users.GetAuthenticatorKeyAsync(user))!;
        var label = Uri.EscapeDataString($"Alliance:{user.UserName}");
        return TypedResults.Ok(new TwoFactorSetupResponse(key, $"otpauth://totp/{label}?secret={key}&issuer=Alliance&digits=6"));
    }

    public static async Task<NoContent> EnableTwoFactor(
        EnableTwoFactorRequest request, ClaimsPrincipal caller, UserManager<GatewayUser> users, AuditLog audit, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(caller.UserId().ToString()) ?? throw DomainException.NotFound(new("找不到此帳號。", "No such account."));
        if (!await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, request.Code))
        {
            throw DomainException.Invalid("code", new("驗證碼與驗證器金鑰不符。", "The code does not match the authenticator key."));
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        await audit.WriteAsync(user.UserName!, AuditActions.TwoFactorEnabled, "Succeeded", cancellationToken: cancellationToken);
        return TypedResults.NoContent();
    }
}

public sealed record MeResponse(
    string UserName, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<Guid> Alliances,
    bool TwoFactorEnabled, bool SecondFactorRequired);

public sealed class ChangePasswordRequest
{
    [Required] public string CurrentPassword { get; init; } = "";
    [Required, StringLength(512, MinimumLength = 8)] public string NewPassword { get; init; } = "";
}

public sealed class EnableTwoFactorRequest
{
    [Required, StringLength(10, MinimumLength = 6)] public string Code { get; init; } = "";
}

public sealed record TwoFactorSetupResponse(string SharedKey, string AuthenticatorUri);
