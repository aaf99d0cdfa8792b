namespace Alliance.Programme;

/// <summary>Region of a member from the county or city of its address.</summary>
public static class Regions
{
    /// <summary>
    /// A foreign firm is <see cref="Region.IslandsAndOverseas"/> whatever its county; otherwise the
    /// region of the county (either spelling, 臺 or 台; see <see cref="Counties.Normalise"/>).
    /// Returns null when the firm is not foreign and the county is missing or unknown: the caller
    /// decides (<see cref="MemberSummary.Count"/> counts it under islands and overseas).
    /// </summary>
    public static Region? Of(string? county, bool foreign)
    {
        if (foreign)
        {
            return Region.IslandsAndOverseas;
        }

        var canonical = Counties.Normalise(county);
        return canonical is null ? null : Counties.RegionOf(canonical);
    }
}
