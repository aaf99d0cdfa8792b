namespace Alliance.SiteVisit.Domain;

/// <summary>The kinds of counselling (輔導) the centre gives.</summary>
public enum CounsellingKind
{
    /// <summary>A lecture for newly started alliances.</summary>
    Lecture,

    /// <summary>Case counselling (deep interviews and recommendations), for alliances flagged abnormal.</summary>
    Case,

    /// <summary>Marketing-demonstration counselling: for at most <see cref="CounsellingRules.MarketingDemonstrationsPerYear"/> alliances a year.</summary>
    MarketingDemonstration,
}
