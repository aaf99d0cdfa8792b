using Alliance.Membership.Api.Apis;
using Alliance.Membership.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Membership.Api.Tests;

/// <summary>
/// The member summary's query stays lean: one round trip, only the columns the response and the
/// rules read. The benchmark (bench/Alliance.Bench, MemberSummaryBench) times this same SQL on its
/// own, so a change here is a change there.
/// </summary>
public sealed class MemberSummaryQueryTests
{
    public const string ExpectedSql = """
        SELECT m.id, m.name, m.kind, m.registration_number, m.county, m0.start, m0."end", m0.paid, m0.source
        FROM members AS m
        LEFT JOIN membership_contracts AS m0 ON m.id = m0.member_id
        WHERE m.alliance_id = @allianceId
        ORDER BY m.name, m.id
        """;

    [Fact]
    public void SummaryRows_OfAnAlliance_AreOneLeftJoinReadingOnlyTheNeededColumns()
    {
        using var db = new DesignTimeFactory().CreateDbContext([]);

        var sql = MemberSummaryApi.SummaryRows(db, Guid.NewGuid()).ToQueryString();

        var statement = string.Join('\n', sql.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith("--", StringComparison.Ordinal)));
        Assert.Equal(ExpectedSql.ReplaceLineEndings("\n"), statement);
    }
}
