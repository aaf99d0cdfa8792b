using System.Data.Common;
using Alliance.Gateway.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Alliance.Gateway.Auth;

/// <summary>An account as one request sees it: its scope, and what the UI and the second-factor gate read.</summary>
/// <param name="TokenId">the bearer token it was found by, when it was</param>
/// <param name="TokenKind">that token's kind (a session from the token endpoint, or a personal access token)</param>
/// <param name="SecurityStamp">Identity's stamp, which a sign-in cookie must still carry</param>
public sealed record CallerRecord(UserScope Scope, string DisplayName, bool TwoFactorEnabled, string? SecurityStamp, Guid? TokenId, AccessTokenKind? TokenKind = null);

/// <summary>
/// Reads an account, its roles and every alliance it may be in scope for in one round trip, by user
/// id or by a live bearer token's hash. It runs on every proxied request (a revoked token or a
/// withdrawn approval must stop at once, so nothing is cached), which is why it is one statement
/// rather than the half-dozen queries Identity's stores would send.
/// </summary>
public sealed class CallerLookup(GatewayDbContext db, TimeProvider clock)
{
    // Which of the three alliance lists counts is decided by the roles, in ScopeOf, not here.
    private const string AccountColumns = """
        u.id, u.user_name, u.display_name, u.disabled, u.scope_version, u.two_factor_enabled, u.security_stamp,
        ARRAY(SELECT r.name FROM "AspNetUserRoles" ur JOIN "AspNetRoles" r ON r.id = ur.role_id WHERE ur.user_id = u.id) AS roles,
        ARRAY(SELECT a.alliance_id FROM roster_alliances a WHERE a.pi_user_name = u.user_name) AS led,
        ARRAY(SELECT g.alliance_id FROM assistant_registrations g WHERE g.user_id = u.id AND g.status = 'Approved') AS assisted,
        ARRAY(SELECT v.alliance_id FROM reviewer_assignments v WHERE v.user_id = u.id) AS reviewed
        """;

    private const string ByUserId = $"""SELECT {AccountColumns}, NULL::uuid AS token_id, NULL::text AS token_kind FROM "AspNetUsers" u WHERE u.id = @user_id""";

    // A cookie counts only while the browser session it names has not ended (signed out, or ended by a password change).
    private const string ByBrowserSession = $"""
        SELECT {AccountColumns}, NULL::uuid AS token_id, NULL::text AS token_kind
        FROM browser_sessions s JOIN "AspNetUsers" u ON u.id = s.user_id
        WHERE s.id = @session_id AND s.user_id = @user_id AND s.ended_at IS NULL
        """;

    private const string ByTokenHash = $"""
        SELECT {AccountColumns}, t.id AS token_id, t.kind AS token_kind
        FROM access_tokens t JOIN "AspNetUsers" u ON u.id = t.user_id
        WHERE t.hash = @hash AND t.revoked_at IS NULL AND t.expires_at > @now
        """;

    /// <returns>null when there is no such account or it is disabled</returns>
    public Task<CallerRecord?> FindByUserIdAsync(Guid userId, CancellationToken cancellationToken) =>
        ReadAsync(ByUserId, [new NpgsqlParameter("user_id", userId)], cancellationToken);

    /// <returns>null when there is no such account, it is disabled, or the browser session has ended or is another account's</returns>
    public Task<CallerRecord?> FindByBrowserSessionAsync(Guid userId, Guid sessionId, CancellationToken cancellationToken) =>
        ReadAsync(ByBrowserSession, [new NpgsqlParameter("user_id", userId), new NpgsqlParameter("session_id", sessionId)], cancellationToken);

    /// <returns>null when the token is unknown, expired or revoked, or its account is disabled</returns>
    public Task<CallerRecord?> FindByBearerTokenAsync(string token, CancellationToken cancellationToken) =>
        ReadAsync(ByTokenHash, [new NpgsqlParameter("hash", AccessTokens.Hash(token)), new NpgsqlParameter("now", clock.GetUtcNow())], cancellationToken);

    private async Task<CallerRecord?> ReadAsync(string sql, NpgsqlParameter[] parameters, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddRange(parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken) ? Record(reader) : null;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static CallerRecord? Record(DbDataReader row)
    {
        if (row.GetBoolean(3))
        {
            return null;
        }

        var roles = row.GetFieldValue<string[]>(7).Order(StringComparer.Ordinal).ToArray();
        var scope = ScopeResolver.ScopeOf(
            row.GetGuid(0), row.GetString(1), row.GetInt64(4), roles,
            led: row.GetFieldValue<Guid[]>(8), assisted: row.GetFieldValue<Guid[]>(9), reviewed: row.GetFieldValue<Guid[]>(10));
        return new CallerRecord(
            scope, row.GetString(2), TwoFactorEnabled: row.GetBoolean(5),
            SecurityStamp: row.IsDBNull(6) ? null : row.GetString(6), TokenId: row.IsDBNull(11) ? null : row.GetGuid(11),
            TokenKind: row.IsDBNull(12) ? null : Enum.Parse<AccessTokenKind>(row.GetString(12)));
    }
}
