using System.Security.Claims;
using Alliance.Gateway.Data;
using Alliance.Gateway.Identity;
using Alliance.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Identity;

namespace Alliance.Gateway.Auth;

/// <summary>
/// A password change by the account's owner (API and web page alike). Whoever knew the old password
/// may hold a session or a token made with it, so the change ends every other browser session and
/// revokes every bearer and personal access token of the account, in the same transaction; only the
/// session that made the change keeps working (its cookie is renewed with the new security stamp).
/// </summary>
public sealed class PasswordChanges(
    GatewayDbContext db,
    UserManager<GatewayUser> users,
    SignInManager<GatewayUser> signIns,
    BrowserSessions sessions,
    AccessTokens tokens,
    AuditLog audit)
{
    public async Task ChangeAsync(ClaimsPrincipal caller, string currentPassword, string newPassword, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(caller.UserId().ToString()) ?? throw DomainException.NotFound(new("找不到此帳號。", "No such account."));
        var credential = Credentials.Of(caller);
        int endedSessions, revokedTokens;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var result = await users.ChangePasswordAsync(user, currentPassword, newPassword);
            if (!result.Succeeded)
            {
                await transaction.RollbackAsync(cancellationToken);
                await audit.WriteAsync(user.UserName!, AuditActions.PasswordChanged, "Refused", cancellationToken: cancellationToken);
                IdentityErrors.ThrowIfFailed(result, passwordField: "newPassword");
            }

            endedSessions = await sessions.EndOthersAsync(user.Id, credential == CredentialKind.Cookie ? Credentials.BrowserSessionId(caller) : null, cancellationToken);
            revokedTokens = await tokens.RevokeAllAsync(user.Id, credential == CredentialKind.SessionToken ? Credentials.TokenId(caller) : null, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await audit.WriteAsync(user.UserName!, AuditActions.PasswordChanged, "Succeeded", cancellationToken: cancellationToken);
        await audit.WriteAsync(user.UserName!, AuditActions.SessionsEnded, "Succeeded",
            detail: $"password-changed; browser-sessions={endedSessions}; tokens={revokedTokens}", cancellationToken: cancellationToken);
        if (credential == CredentialKind.Cookie)
        {
            await signIns.RefreshSignInAsync(user);
        }
    }
}
