using Alliance.Membership.Domain;
using Alliance.Reporting.Api.Data;
using Alliance.Reporting.Domain.Summary;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Reporting.Api.Apis;

/// <summary>How many of an alliance's current member copies count at a year's cutoff with one kind, region and paid flag.</summary>
internal sealed record MemberCount(Guid AllianceId, int Year, string? Kind, string? Region, bool Paid, int Count);

/// <summary>
/// The members the tables count, summed in SQL: a member counts in a year when one of its terms contains the year's cutoff
/// (both ends inclusive), paid when one of those is a paid contract (a cooperation project never is). This is membership's
/// cutoff rule as <see cref="MemberCounting.Evaluate"/> applies it to the copies, over the copies' stored terms, so that a
/// view of the whole programme reads a few rows per alliance rather than every member with its contracts; a test holds the
/// two to the same counts at every boundary. The drill-down, which lists each member with its reasons, still reads the copies.
/// </summary>
internal sealed class MemberCounts(IReadOnlyList<MemberCount> counts)
{
    /// <summary>The counts of <paramref name="allianceIds"/> at the cutoff of each of <paramref name="years"/>, in one statement.</summary>
    public static async Task<MemberCounts> ReadAsync(
        ReportingDbContext db, IReadOnlyCollection<Guid> allianceIds, IReadOnlyCollection<ProgrammeYear> years, CancellationToken cancellationToken)
    {
        var (ids, rocs, cutoffs) = (allianceIds.ToArray(), years.Select(y => y.Roc).ToArray(), years.Select(y => y.Cutoff).ToArray());
        var cooperationProject = KebabCodes.Of(ContractSource.CooperationProject);
        // The terms are the copy's stored JSON (RosterMemberContracts): Start, End, Paid, Source.
        var counts = await db.Database.SqlQuery<MemberCount>($"""
            SELECT m.alliance_id, y.year, m.member_kind AS kind, m.region, spanning.paid, count(*)::int AS count
            FROM roster_members m
            CROSS JOIN unnest({rocs}, {cutoffs}) AS y(year, cutoff)
            CROSS JOIN LATERAL (
                SELECT bool_or(coalesce((term->>'Paid')::boolean, false) AND term->>'Source' IS DISTINCT FROM {cooperationProject}) AS paid
                FROM jsonb_array_elements(m.contracts) AS term
                WHERE (term->>'Start')::date <= y.cutoff AND (term->>'End')::date >= y.cutoff) AS spanning
            WHERE m.alliance_id = ANY({ids}) AND m.details_version IS NOT NULL AND m.left_at IS NULL AND spanning.paid IS NOT NULL
            GROUP BY m.alliance_id, y.year, m.member_kind, m.region, spanning.paid
            """).ToListAsync(cancellationToken);
        return new MemberCounts(counts);
    }

    /// <summary>The counts of one alliance at the cutoffs of <paramref name="years"/>.</summary>
    public static Task<MemberCounts> ReadAsync(ReportingDbContext db, Guid allianceId, IReadOnlyCollection<ProgrammeYear> years, CancellationToken cancellationToken) =>
        ReadAsync(db, [allianceId], years, cancellationToken);

    /// <summary>The alliance's member summary for <paramref name="year"/>, counted by membership's count (a kind not known here counts nowhere).</summary>
    public MemberSummary Of(Guid allianceId, ProgrammeYear year) =>
        MemberCounting.Count(counts.Where(c => c.AllianceId == allianceId && c.Year == year.Roc)
            .Select(c => new CountedMembers(KebabCodes.Parse<MemberKind>(c.Kind), KebabCodes.Parse<Region>(c.Region), c.Paid, c.Count)));
}
