namespace Alliance.SiteVisit.Domain;

/// <summary>
/// The rules a site-visit request can break (422). Each has a stable code (<see cref="SiteVisitRuleCodes.Code"/>),
/// the <c>code</c> of the refusal.
/// </summary>
public enum SiteVisitRule
{
    /// <summary><c>date-outside-programme-year</c>: the date (in Taiwan) is outside Y/02/01–(Y+1)/01/31.</summary>
    DateOutsideProgrammeYear,

    /// <summary><c>outside-visit-window</c>: a visit outside April 1–July 31 of its year, without a reason.</summary>
    OutsideVisitWindow,

    /// <summary><c>form-incomplete</c>: a form submitted without every score or without a recommendation.</summary>
    FormIncomplete,

    /// <summary><c>alliance-not-in-domain</c>: the outstanding alliance selected is not of the row's domain.</summary>
    AllianceNotInDomain,

    /// <summary><c>alliance-not-visited</c>: the outstanding alliance selected has no submitted form in a visit of that year.</summary>
    AllianceNotVisited,

    /// <summary><c>marketing-demonstration-limit</c>: marketing-demonstration counselling for a third alliance in one year.</summary>
    MarketingDemonstrationLimit,
}

/// <summary>A rule broken, and the request field (camelCase) that breaks it.</summary>
public sealed record RuleBreach(SiteVisitRule Rule, string Field)
{
    public string Code => SiteVisitRuleCodes.Code(Rule);
}

public static class SiteVisitRuleCodes
{
    private static readonly Dictionary<SiteVisitRule, string> Codes = new()
    {
        [SiteVisitRule.DateOutsideProgrammeYear] = "date-outside-programme-year",
        [SiteVisitRule.OutsideVisitWindow] = "outside-visit-window",
        [SiteVisitRule.FormIncomplete] = "form-incomplete",
        [SiteVisitRule.AllianceNotInDomain] = "alliance-not-in-domain",
        [SiteVisitRule.AllianceNotVisited] = "alliance-not-visited",
        [SiteVisitRule.MarketingDemonstrationLimit] = "marketing-demonstration-limit",
    };

    /// <summary>The kebab-case code of <paramref name="rule"/>.</summary>
    public static string Code(SiteVisitRule rule) => Codes[rule];
}
