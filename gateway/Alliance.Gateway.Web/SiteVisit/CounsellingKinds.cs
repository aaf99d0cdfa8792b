namespace Alliance.Gateway.Web.SiteVisit;

/// <summary>The counselling (輔導) the centre records, by the API's codes (DOMAIN.md, "Site visits and counselling").</summary>
public static class CounsellingKinds
{
    /// <summary>Lectures for newly started alliances; case counselling (interviews and recommendations) for flagged ones; marketing demonstrations for at most two alliances a year.</summary>
    public static readonly string[] All = ["lecture", "case", "marketing-demonstration"];
}
