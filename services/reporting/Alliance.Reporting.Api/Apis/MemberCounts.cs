using Alliance.Membership.Domain;
using Alliance.Reporting.Api.Data;
using Alliance.Reporting.Domain.Summary;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Reporting.Api.Apis;

/// <summary>How many of an alliance's current member copies count at a year's cutoff with one kind, region and paid flag.</summary>
internal sealed record MemberCount(Guid AllianceId, int Year, string? Kind, string? Region, bool Paid, int Count);

/// <summary>An alliance's counted members of a year by kind alone, as the programme view shows them.</summary>
internal sealed record KindTotals(int Firms, int Individuals, int Others)
{
    public static readonly KindTotals None = new(0, 0, 0);
}

/// <summary>
/// The members the tables and the programme view count, as the copies' trigger keeps them counted (<see cref="MemberCountRow"/>):
/// a few rows per alliance and year rather than every member with its contracts. The drill-down, which lists each member with
/// its reasons, still applies membership's cutoff rule to the copies; a test holds the two to the same counts at every boundary.
/// </summary>
internal sealed class MemberCounts(IReadOnlyList<MemberCount> counts)
{
    // The rows of one alliance, by year: each question finds its own year's rows.
    private readonly ILookup<int, MemberCount> byYear = counts.ToLookup(c => c.Year);

    /// <summary>The counts of one alliance at the cutoff of each of <paramref name="years"/>.</summary>
    public static async Task<MemberCounts> ReadAsync(
        ReportingDbContext db, Guid allianceId, IReadOnlyCollection<ProgrammeYear> years, CancellationToken cancellationToken)
    {
        var rocs = years.Select(y => y.Roc).ToArray();
        var counts = await db.MemberCounts.AsNoTracking()
            .Where(c => c.AllianceId == allianceId && rocs.Contains(c.Year) && c.Count > 0)
            .Select(c => new MemberCount(c.AllianceId, c.Year, c.MemberKind, c.Region == "" ? null : c.Region, c.Paid, c.Count))
            .ToListAsync(cancellationToken);
        return new MemberCounts(counts);
    }

    /// <summary>
    /// Each alliance's counted members of <paramref name="year"/> by kind alone, summed in SQL: what a view of the whole programme
    /// shows, in a row or three per alliance rather than one per kind, region and paid flag. A kind not known here counts nowhere.
    /// </summary>
    public static async Task<IReadOnlyDictionary<Guid, KindTotals>> TotalsByKindAsync(
        ReportingDbContext db, IReadOnlyCollection<Guid> allianceIds, ProgrammeYear year, CancellationToken cancellationToken)
    {
        var (ids, roc) = (allianceIds.ToArray(), year.Roc);
        var sums = await db.MemberCounts.AsNoTracking()
            .Where(c => ids.Contains(c.AllianceId) && c.Year == roc && c.Count > 0)
            .GroupBy(c => new { c.AllianceId, c.MemberKind })
            .Select(g => new { g.Key.AllianceId, g.Key.MemberKind, Count = g.Sum(c => c.Count) })
            .ToListAsync(cancellationToken);
        return sums.GroupBy(s => s.AllianceId).ToDictionary(alliance => alliance.Key, alliance =>
        {
            int Of(MemberKind kind) => alliance.Where(s => KebabCodes.Parse<MemberKind>(s.MemberKind) == kind).Sum(s => s.Count);
            return new KindTotals(Of(MemberKind.Firm), Of(MemberKind.Individual), Of(MemberKind.Other));
        });
    }

    /// <summary>The alliance's member summary for <paramref name="year"/>, counted by membership's count (a kind not known here counts nowhere).</summary>
    public MemberSummary Of(ProgrammeYear year) =>
        MemberCounting.Count(byYear[year.Roc]
            .Select(c => new CountedMembers(KebabCodes.Parse<MemberKind>(c.Kind), KebabCodes.Parse<Region>(c.Region), c.Paid, c.Count)));
}
