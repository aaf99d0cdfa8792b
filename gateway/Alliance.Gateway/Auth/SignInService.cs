using Alliance.Gateway.Data;
using Alliance.Gateway.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Gateway.Auth;

public enum SignInOutcome { Succeeded, Failed, LockedOut, SecondFactorRequired, SecondFactorFailed, NotApproved }

public sealed record SignInResult(SignInOutcome Outcome, GatewayUser? User);

/// <summary>
/// The one password check of every sign-in path (web UI and token endpoint): failures count toward
/// lockout on each, a wrong one-time code counts too, and every outcome is audited.
/// </summary>
public sealed class SignInService(
    UserManager<GatewayUser> users,
    SignInManager<GatewayUser> signIns,
    GatewayDbContext db,
    AuditLog audit)
{
    /// <param name="path">where the attempt came from, for the audit log: "ui" or "token"</param>
    public async Task<SignInResult> CheckAsync(string userName, string password, string? oneTimeCode, string path, CancellationToken cancellationToken)
    {
        var user = await users.FindByNameAsync(userName.Trim());
        var outcome = user is null || user.Disabled
            ? SignInOutcome.Failed
            : await CheckUserAsync(user, password, oneTimeCode, cancellationToken);
        await audit.WriteAsync(userName, AuditActions.SignIn, outcome.ToString(), detail: $"path={path}", cancellationToken: cancellationToken);
        return new SignInResult(outcome, outcome == SignInOutcome.Succeeded ? user : null);
    }

    private async Task<SignInOutcome> CheckUserAsync(GatewayUser user, string password, string? oneTimeCode, CancellationToken cancellationToken)
    {
        var check = await signIns.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (check.IsLockedOut)
        {
            return SignInOutcome.LockedOut;
        }

        if (!check.Succeeded)
        {
            return SignInOutcome.Failed;
        }

        if (await users.GetTwoFactorEnabledAsync(user))
        {
            if (string.IsNullOrWhiteSpace(oneTimeCode))
            {
                return SignInOutcome.SecondFactorRequired;
            }

            if (!await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, oneTimeCode))
            {
                await users.AccessFailedAsync(user);
                return await users.IsLockedOutAsync(user) ? SignInOutcome.LockedOut : SignInOutcome.SecondFactorFailed;
            }
        }

        if (await IsUnapprovedAssistantAsync(user, cancellationToken))
        {
            return SignInOutcome.NotApproved;
        }

        await users.ResetAccessFailedCountAsync(user);
        return SignInOutcome.Succeeded;
    }

    /// <summary>An assistant with no approved alliance cannot sign in at all.</summary>
    private async Task<bool> IsUnapprovedAssistantAsync(GatewayUser user, CancellationToken cancellationToken)
    {
        var roles = await users.GetRolesAsync(user);
        if (roles.Count != 1 || roles[0] != GatewayRoles.Assistant)
        {
            return false;
        }

        return !await db.Registrations.AnyAsync(r => r.UserId == user.Id && r.Status == RegistrationStatus.Approved, cancellationToken);
    }
}
