namespace Alliance.SiteVisit.Domain;

/// <summary>A reviewer's overall recommendation on a review form; a submitted form has one.</summary>
public enum Recommendation
{
    /// <summary>A candidate for the domain's outstanding alliance (績優聯盟).</summary>
    OutstandingCandidate,

    Satisfactory,

    NeedsImprovement,

    /// <summary>The alliance looks abnormal (異常): the centre may flag it and counsel it.</summary>
    Abnormal,
}
