namespace Alliance.SiteVisit.Domain;

/// <summary>An alliance of a domain, with the totals of every submitted form of its visits in one year (pooled).</summary>
public sealed record RankCandidate(Guid AllianceId, string AllianceCode, IReadOnlyList<int> FormTotals);

/// <summary>An alliance's place in its domain's ranking.</summary>
/// <param name="Rank">1 for the first; every alliance has its own rank, even when equal on every measure</param>
/// <param name="AverageTotal">the mean of its forms' totals, unrounded</param>
/// <param name="LowestTotal">its lowest form total, the first tie-break</param>
public sealed record RankedAlliance(int Rank, Guid AllianceId, string AllianceCode, decimal AverageTotal, int LowestTotal, int Forms);

/// <summary>The ranking of a domain's visited alliances in one year.</summary>
public static class Ranking
{
    /// <summary>
    /// Ranks the alliances with at least one submitted form (the others are left out): by average total, highest
    /// first; ties broken by the higher lowest form total, then by alliance code ascending (ordinal), so that no
    /// two alliances share a rank.
    /// </summary>
    public static IReadOnlyList<RankedAlliance> Rank(IEnumerable<RankCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return candidates
            .Where(c => c.FormTotals.Count > 0)
            .Select(c => (c.AllianceId, c.AllianceCode, Average: c.FormTotals.Sum() / (decimal)c.FormTotals.Count, Lowest: c.FormTotals.Min(), c.FormTotals.Count))
            .OrderByDescending(c => c.Average)
            .ThenByDescending(c => c.Lowest)
            .ThenBy(c => c.AllianceCode, StringComparer.Ordinal)
            .Select((c, i) => new RankedAlliance(i + 1, c.AllianceId, c.AllianceCode, c.Average, c.Lowest, c.Count))
            .ToArray();
    }
}
