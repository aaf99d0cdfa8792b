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
/// id, browser session or a live bearer token's hash, which is why it is one statement rather than
/// the half-dozen queries Identity's stores would send. Every request needs it, so what it found is
/// kept in the <see cref="CallerCache"/> until one of the tables it reads changes: a revoked token
/// or a withdrawn approval still stops at once.
/// </summary>
public sealed class CallerLookup(GatewayDbContext db, CallerCache cache, TimeProvider clock)
{
    /// <summary>Every table the statements below read; a write to any of them is a change of some caller (<see cref="CallerChanges"/>).</summary>
    public static readonly IReadOnlyList<string> TablesRead =
    [
        "\"AspNetUsers\"", "\"AspNetUserRoles\"", "\"AspNetRoles\"", "access_tokens", "browser_sessions",
        "roster_alliances", "assistant_registrations", "reviewer_assignments",
    ];

    /// <summary>
    /// How long a caller is kept when the gateway itself changes nothing: the time within which a hand
    /// edit of its tables (an operator revoking a token in SQL) is seen. The gateway's own writes are seen at once.
    /// </summary>
    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(1);

    // Which of the three alliance lists counts is decided by the roles, in ScopeOf, not here.
    private const string AccountColumns = """
        u.id, u.user_name, u.display_name, u.disabled, u.scope_version, u.two_factor_enabled, u.security_stamp,
        ARRAY(SELECT r.name FROM "AspNetUserRoles" ur JOIN "AspNetRoles" r ON r.id = ur.role_id WHERE ur.user_id = u.id) AS roles,
        ARRAY(SELECT a.alliance_id FROM roster_alliances a WHERE a.pi_user_name = u.user_name) AS led,
        ARRAY(SELECT g.alliance_id FROM assistant_registrations g WHERE g.user_id = u.id AND g.status = 'Approved') AS assisted,
        ARRAY(SELECT v.alliance_id FROM reviewer_assignments v WHERE v.user_id = u.id AND v.assigned) AS reviewed
        """;

    private const string NoToken = "NULL::uuid AS token_id, NULL::text AS token_kind, NULL::timestamptz AS token_expires_at";

    private const string ByUserId = $"""SELECT {AccountColumns}, {NoToken} FROM "AspNetUsers" u WHERE u.id = @user_id""";

    // A cookie counts only while the browser session it names has not ended (signed out, or ended by a password change).
    private const string ByBrowserSession = $"""
        SELECT {AccountColumns}, {NoToken}
        FROM browser_sessions s JOIN "AspNetUsers" u ON u.id = s.user_id
        WHERE s.id = @session_id AND s.user_id = @user_id AND s.ended_at IS NULL
        """;

    private const string ByTokenHash = $"""
        SELECT {AccountColumns}, t.id AS token_id, t.kind AS token_kind, t.expires_at AS token_expires_at
        FROM access_tokens t JOIN "AspNetUsers" u ON u.id = t.user_id
        WHERE t.hash = @hash AND t.revoked_at IS NULL AND t.expires_at > @now
        """;

    public static IReadOnlyList<string> Statements => [ByUserId, ByBrowserSession, ByTokenHash];

    /// <returns>null when there is no such account or it is disabled</returns>
    public Task<CallerRecord?> FindByUserIdAsync(Guid userId, CancellationToken cancellationToken) =>
        FindAsync($"user:{userId}", ByUserId, [new NpgsqlParameter("user_id", userId)], cancellationToken);

    /// <returns>null when there is no such account, it is disabled, or the browser session has ended or is another account's</returns>
    public Task<CallerRecord?> FindByBrowserSessionAsync(Guid userId, Guid sessionId, CancellationToken cancellationToken) =>
        FindAsync($"session:{userId}:{sessionId}", ByBrowserSession, [new NpgsqlParameter("user_id", userId), new NpgsqlParameter("session_id", sessionId)], cancellationToken);

    /// <returns>null when the token is unknown, expired or revoked, or its account is disabled</returns>
    public Task<CallerRecord?> FindByBearerTokenAsync(string token, CancellationToken cancellationToken)
    {
        var hash = AccessTokens.Hash(token);
        return FindAsync($"token:{hash}", ByTokenHash, [new NpgsqlParameter("hash", hash), new NpgsqlParameter("now", clock.GetUtcNow())], cancellationToken);
    }

    // Who is not found is not kept: anyone can send an unknown token, and none of them should take memory.
    private async Task<CallerRecord?> FindAsync(string key, string sql, NpgsqlParameter[] parameters, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (cache.TryGet(key, now, out var known))
        {
            return known;
        }

        var generation = cache.Generation;
        var (caller, tokenExpiresAt) = await ReadAsync(sql, parameters, cancellationToken);
        if (caller is not null)
        {
            var keptUntil = now + KeptFor;
            cache.Remember(key, caller, generation, tokenExpiresAt < keptUntil ? tokenExpiresAt.Value : keptUntil);
        }

        return caller;
    }

    private async Task<(CallerRecord? Caller, DateTimeOffset? TokenExpiresAt)> ReadAsync(string sql, NpgsqlParameter[] parameters, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddRange(parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken)
                ? (Record(reader), reader.IsDBNull(13) ? null : reader.GetFieldValue<DateTimeOffset>(13))
                : (null, null);
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
