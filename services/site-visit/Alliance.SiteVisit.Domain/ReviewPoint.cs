namespace Alliance.SiteVisit.Domain;

/// <summary>
/// The review points (查訪重點) of the site-visit review form, in the briefing's order; a form scores
/// each once. Their API codes are the kebab-case names (<c>time-split</c>, …, <c>sustainability</c>).
/// </summary>
public enum ReviewPoint
{
    /// <summary>The PI's report took about a fifth of the time, the members' own presentations four fifths.</summary>
    TimeSplit,

    /// <summary>How members apply the core technology.</summary>
    CoreTechnologyApplication,

    /// <summary>Promotion highlights and success cases.</summary>
    PromotionHighlights,

    /// <summary>How publicly the results of serving members are shown.</summary>
    PublicShowing,

    /// <summary>The sustainability model or its difficulties.</summary>
    Sustainability,
}

public static class ReviewPoints
{
    /// <summary>Every point in the form's order: a form's scores are listed, stored and averaged in this order.</summary>
    public static readonly IReadOnlyList<ReviewPoint> All = Enum.GetValues<ReviewPoint>();

    /// <summary>The point's place in <see cref="All"/>, from 0.</summary>
    public static int IndexOf(ReviewPoint point) => (int)point;
}
