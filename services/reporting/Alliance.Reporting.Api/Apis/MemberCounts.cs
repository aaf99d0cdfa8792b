using Alliance.Membership.Domain;
using Alliance.Reporting.Api.Data;
using Alliance.Reporting.Domain.Summary;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Reporting.Api.Apis;

/// <summary>How many of an alliance's current member copies count at a year's cutoff with one kind, region and paid flag.</summary>
internal sealed record MemberCount(Guid AllianceId, int Year, string? Kind, string? Region, bool Paid, int Count);

/// <summary>
/// The members the tables and the programme view count, as the copies' trigger keeps them counted (<see cref="MemberCountRow"/>):
/// a few rows per alliance and year rather than every member with its contracts. The drill-down, which lists each member with
/// its reasons, still applies membership's cutoff rule to the copies; a test holds the two to the same counts at every boundary.
/// </summary>
internal sealed class MemberCounts(IReadOnlyList<MemberCount> counts)
{
    // The programme view asks once per alliance: each asks for its own rows, not a pass over every alliance's.
    private readonly ILookup<(Guid AllianceId, int Year), MemberCount> byAllianceAndYear = counts.ToLookup(c => (c.AllianceId, c.Year));

    /// <summary>The counts of <paramref name="allianceIds"/> at the cutoff of each of <paramref name="years"/>.</summary>
    public static async Task<MemberCounts> ReadAsync(
        ReportingDbContext db, IReadOnlyCollection<Guid> allianceIds, IReadOnlyCollection<ProgrammeYear> years, CancellationToken cancellationToken)
    {
        var (ids, rocs) = (allianceIds.ToArray(), years.Select(y => y.Roc).ToArray());
        var counts = await db.MemberCounts.AsNoTracking()
            .Where(c => ids.Contains(c.AllianceId) && rocs.Contains(c.Year) && c.Count > 0)
            .Select(c => new MemberCount(c.AllianceId, c.Year, c.MemberKind, c.Region == "" ? null : c.Region, c.Paid, c.Count))
            .ToListAsync(cancellationToken);
        return new MemberCounts(counts);
    }

    /// <summary>The counts of one alliance at the cutoffs of <paramref name="years"/>.</summary>
    public static Task<MemberCounts> ReadAsync(ReportingDbContext db, Guid allianceId, IReadOnlyCollection<ProgrammeYear> years, CancellationToken cancellationToken) =>
        ReadAsync(db, [allianceId], years, cancellationToken);

    /// <summary>The alliance's member summary for <paramref name="year"/>, counted by membership's count (a kind not known here counts nowhere).</summary>
    public MemberSummary Of(Guid allianceId, ProgrammeYear year) =>
        MemberCounting.Count(byAllianceAndYear[(allianceId, year.Roc)]
            .Select(c => new CountedMembers(KebabCodes.Parse<MemberKind>(c.Kind), KebabCodes.Parse<Region>(c.Region), c.Paid, c.Count)));
}
