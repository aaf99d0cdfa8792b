namespace Alliance.SiteVisit.Domain;

/// <summary>
/// The programme's order of technology domains, for lists by domain (the outstanding alliances). Domains are
/// not replicated to site-visit, so the order is membership's seeded one; codes it does not name (domains the
/// centre added later) follow, by code.
/// </summary>
public static class ProgrammeDomains
{
    /// <summary>Membership's seeded domains, in their order.</summary>
    public static readonly IReadOnlyList<string> Seeded =
    [
        "biomedical", "ict", "services-education", "mechanical-materials", "electronics", "civil-energy-environment",
        "consumer-chemical", "management-information",
    ];

    private static readonly Dictionary<string, int> Places = Seeded.Select((code, place) => (code, place)).ToDictionary(p => p.code, p => p.place, StringComparer.Ordinal);

    /// <summary>The distinct codes (blanks left out), seeded ones first in their order, then the others by code (ordinal).</summary>
    public static IReadOnlyList<string> Order(IEnumerable<string> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        return codes.Where(c => !string.IsNullOrWhiteSpace(c)).Distinct(StringComparer.Ordinal)
            .OrderBy(c => Places.GetValueOrDefault(c, Seeded.Count))
            .ThenBy(c => c, StringComparer.Ordinal)
            .ToArray();
    }
}
