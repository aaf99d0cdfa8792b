namespace Alliance.SiteVisit.Domain;

/// <summary>Counselling sessions (輔導) the centre records.</summary>
public static class CounsellingRules
{
    /// <summary>Marketing-demonstration counselling is for this many chosen alliances a year, at most.</summary>
    public const int MarketingDemonstrationsPerYear = 2;

    /// <summary>
    /// A session is dated within its programme year (<see cref="SiteVisitRule.DateOutsideProgrammeYear"/>, <c>date</c>);
    /// a marketing demonstration goes to an alliance already chosen that year or to one of at most
    /// <see cref="MarketingDemonstrationsPerYear"/> (<see cref="SiteVisitRule.MarketingDemonstrationLimit"/>, <c>kind</c>).
    /// Null when it may be recorded.
    /// </summary>
    /// <param name="demonstrated">the alliances with a marketing demonstration already recorded in <paramref name="year"/></param>
    public static RuleBreach? Check(ProgrammeYear year, CounsellingKind kind, DateOnly date, Guid allianceId, IReadOnlySet<Guid> demonstrated)
    {
        ArgumentNullException.ThrowIfNull(demonstrated);
        if (!year.Contains(date))
        {
            return new(SiteVisitRule.DateOutsideProgrammeYear, "date");
        }

        return kind == CounsellingKind.MarketingDemonstration && !demonstrated.Contains(allianceId) && demonstrated.Count >= MarketingDemonstrationsPerYear
            ? new(SiteVisitRule.MarketingDemonstrationLimit, "kind")
            : null;
    }
}
