using System.Text.RegularExpressions;
using Alliance.Gateway.Auth;
using Alliance.Gateway.Data;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Gateway.Tests;

/// <summary>
/// The caller cache trusts an entry for a generation, not for a time: a change to anything a caller
/// is read from ends every entry, and a lookup that overlapped a change is not kept at all.
/// </summary>
public sealed partial class CallerCacheTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Remembered_IsFoundUntilItsTimeRunsOut()
    {
        var cache = new CallerCache();
        cache.Remember("token:a", Caller("pi-a"), cache.Generation, validUntil: Now.AddMinutes(5));

        Assert.True(cache.TryGet("token:a", Now.AddMinutes(4), out var found));
        Assert.Equal("pi-a", found.Scope.UserName);
        Assert.False(cache.TryGet("token:a", Now.AddMinutes(5), out _));
        Assert.False(cache.TryGet("token:b", Now, out _));
    }

    [Fact]
    public void AChange_EndsEveryRememberedCaller()
    {
        var cache = new CallerCache();
        cache.Remember("token:a", Caller("pi-a"), cache.Generation, Now.AddMinutes(5));
        cache.Remember("user:b", Caller("assistant-b"), cache.Generation, Now.AddMinutes(5));

        cache.Forget();

        Assert.False(cache.TryGet("token:a", Now, out _));
        Assert.False(cache.TryGet("user:b", Now, out _));
    }

    [Fact]
    public void ALookupThatOverlappedAChange_IsNotKept()
    {
        var cache = new CallerCache();
        var before = cache.Generation;

        cache.Forget();
        cache.Remember("token:a", Caller("pi-a"), before, Now.AddMinutes(5));

        Assert.False(cache.TryGet("token:a", Now, out _));
    }

    [Theory]
    [InlineData("""UPDATE access_tokens AS a SET revoked_at = @p WHERE a.user_id = @u""")]
    [InlineData("""INSERT INTO "AspNetUserRoles" (user_id, role_id) VALUES (@p0, @p1)""")]
    [InlineData("""DELETE FROM reviewer_assignments AS r WHERE r.user_id = @u""")]
    [InlineData("""INSERT INTO reviewer_assignments (user_id, visit_id, alliance_id, assigned, sequence) VALUES (@p0, @p1, @p2, @p3, @p4)""")]
    [InlineData("""UPDATE reviewer_assignments SET assigned = @p0, sequence = @p1 WHERE user_id = @p2 AND visit_id = @p3""")]
    [InlineData("""  UPDATE "AspNetUsers" SET last_totp_step = @p WHERE id = @id""")]
    [InlineData("""INSERT INTO roster_alliances (alliance_id, pi_user_name) VALUES (@a, @p) ON CONFLICT DO NOTHING""")]
    public void WritesToATableACallerIsReadFrom_AreChanges(string sql) =>
        Assert.True(CallerChanges.WritesCallerTable(sql));

    [Theory]
    [InlineData("""SELECT 1 FROM "AspNetUsers" WHERE id = @id FOR UPDATE""")]
    [InlineData("""select a.id from access_tokens a""")]
    [InlineData("""INSERT INTO audit_records (id, actor, action) VALUES (@p0, @p1, @p2)""")]
    [InlineData("""DELETE FROM outbox_message WHERE sequence_number = @p""")]
    public void ReadsAndWritesElsewhere_AreNot(string sql) =>
        Assert.False(CallerChanges.WritesCallerTable(sql));

    [Fact]
    public void EveryTableTheLookupReads_IsWatched()
    {
        var read = CallerLookup.Statements
            .SelectMany(sql => TableAfterFromOrJoin().Matches(sql).Select(m => m.Groups["table"].Value))
            .Distinct()
            .ToArray();

        Assert.NotEmpty(read);
        Assert.All(read, table => Assert.Contains(table, CallerLookup.TablesRead));
    }

    [Fact]
    public void TheTableSiteVisitsAssignmentsAreWrittenTo_IsWatched()
    {
        using var db = new GatewayDbContext(new DbContextOptionsBuilder<GatewayDbContext>()
            .UseNpgsql("Host=unused").UseSnakeCaseNamingConvention().Options);

        var table = db.Model.FindEntityType(typeof(ReviewerAssignment))!.GetTableName();

        Assert.Contains(table, CallerLookup.TablesRead);
        Assert.True(CallerChanges.WritesCallerTable($"INSERT INTO {table} (user_id, visit_id) VALUES (@p0, @p1)"));
    }

    [GeneratedRegex("""\b(?:FROM|JOIN)\s+(?<table>"[A-Za-z]+"|[a-z_]+)""")]
    private static partial Regex TableAfterFromOrJoin();

    private static CallerRecord Caller(string userName) =>
        new(new UserScope(Guid.NewGuid(), userName, ["pi"], [Guid.NewGuid()], ScopeVersion: 1), userName, TwoFactorEnabled: false, SecurityStamp: null, TokenId: null);
}
