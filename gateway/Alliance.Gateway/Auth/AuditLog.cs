using Alliance.Gateway.Data;

namespace Alliance.Gateway.Auth;

/// <summary>Writes security events (sign-ins, failures, lockouts, approvals, token changes, denials) in UTC.</summary>
public sealed class AuditLog(GatewayDbContext db, TimeProvider clock, IHttpContextAccessor http)
{
    public async Task WriteAsync(string actor, string action, string outcome, string? subject = null, string? detail = null, CancellationToken cancellationToken = default)
    {
        db.Audit.Add(new AuditEntry
        {
            At = clock.GetUtcNow().ToUniversalTime(),
            Actor = actor,
            Action = action,
            Outcome = outcome,
            Subject = subject,
            Detail = detail is { Length: > 1000 } ? detail[..1000] : detail,
            RemoteAddress = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>The names of audited actions, so the log and its readers agree.</summary>
public static class AuditActions
{
    public const string SignIn = "sign-in";
    public const string TokenIssued = "token-issued";
    public const string PersonalTokenCreated = "personal-token-created";
    public const string PersonalTokenRevoked = "personal-token-revoked";
    public const string PasswordChanged = "password-changed";
    public const string TwoFactorEnabled = "two-factor-enabled";
    public const string AccountCreated = "account-created";
    public const string AccountChanged = "account-changed";
    public const string Registered = "assistant-registered";
    public const string Approved = "assistant-approved";
    public const string Rejected = "assistant-rejected";
    public const string Withdrawn = "assistant-withdrawn";
    public const string Denied = "authorization-denied";
    public const string SignOut = "sign-out";
    public const string SessionsEnded = "sessions-ended";
}
