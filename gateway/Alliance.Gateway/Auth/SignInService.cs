using System.Security.Cryptography;
using Alliance.Gateway.Data;
using Alliance.Gateway.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Gateway.Auth;

public enum SignInOutcome { Succeeded, Failed, LockedOut, SecondFactorRequired, SecondFactorFailed, NotApproved, Throttled }

/// <param name="RetryAfter">for <see cref="SignInOutcome.Throttled"/>: when the user name may be tried again</param>
public sealed record SignInResult(SignInOutcome Outcome, GatewayUser? User, TimeSpan? RetryAfter = null);

public static class SignInOutcomes
{
    /// <summary>
    /// What the caller is told: a locked account answers as an unknown one or a wrong password does,
    /// so the door never says which user names exist (the audit log still records the lock).
    /// </summary>
    public static SignInOutcome Told(this SignInOutcome outcome) =>
        outcome == SignInOutcome.LockedOut ? SignInOutcome.Failed : outcome;
}

/// <summary>
/// The one password check of every sign-in path (web UI and token endpoint): failures count toward
/// lockout on each, a wrong one-time code counts too, and every outcome is audited. An unknown,
/// disabled or locked account costs one password hash like any other, so the answer's time does not
/// tell which names exist.
/// </summary>
public sealed class SignInService(
    UserManager<GatewayUser> users,
    SignInManager<GatewayUser> signIns,
    IPasswordHasher<GatewayUser> hasher,
    SignInThrottle throttle,
    GatewayDbContext db,
    AuditLog audit)
{
    private static string? s_unknownUserHash;

    /// <param name="path">where the attempt came from, for the audit log: "ui" or "token"</param>
    public async Task<SignInResult> CheckAsync(string userName, string password, string? oneTimeCode, string path, CancellationToken cancellationToken)
    {
        if (!throttle.TryAttempt(userName, out var retryAfter))
        {
            await audit.WriteAsync(userName, AuditActions.SignIn, nameof(SignInOutcome.Throttled), detail: $"path={path}", cancellationToken: cancellationToken);
            return new SignInResult(SignInOutcome.Throttled, null, retryAfter);
        }

        var user = await users.FindByNameAsync(userName.Trim());
        var outcome = user is null || user.Disabled || await users.IsLockedOutAsync(user)
            ? CheckNobody(user, password)
            : await CheckUserAsync(user, password, oneTimeCode, cancellationToken);
        await audit.WriteAsync(userName, AuditActions.SignIn, outcome.ToString(), detail: $"path={path}", cancellationToken: cancellationToken);
        return new SignInResult(outcome, outcome == SignInOutcome.Succeeded ? user : null);
    }

    /// <summary>No account may sign in here; the password is still hashed, against a hash of a random one.</summary>
    private SignInOutcome CheckNobody(GatewayUser? user, string password)
    {
        var nobody = new GatewayUser();
        var hash = s_unknownUserHash ??= hasher.HashPassword(nobody, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        hasher.VerifyHashedPassword(nobody, hash, password);
        return user is { Disabled: false } ? SignInOutcome.LockedOut : SignInOutcome.Failed;
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
