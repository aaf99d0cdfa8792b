namespace Alliance.SiteVisit.Domain;

/// <summary>The selection of a domain's outstanding alliance (績優聯盟) for a year: at most one per domain and year.</summary>
public static class OutstandingRules
{
    /// <summary>
    /// The alliance must be of the domain (<see cref="SiteVisitRule.AllianceNotInDomain"/>) and have been visited
    /// that year with at least one submitted form (<see cref="SiteVisitRule.AllianceNotVisited"/>); both name
    /// <c>allianceId</c>, checked in that order. Null when it may be selected.
    /// </summary>
    /// <param name="allianceDomainCode">the alliance's domain as the roster holds it now</param>
    public static RuleBreach? Check(string domainCode, string allianceDomainCode, bool visitedWithSubmittedForm) =>
        !string.Equals(domainCode, allianceDomainCode, StringComparison.Ordinal) ? new(SiteVisitRule.AllianceNotInDomain, "allianceId")
        : !visitedWithSubmittedForm ? new(SiteVisitRule.AllianceNotVisited, "allianceId")
        : null;
}
