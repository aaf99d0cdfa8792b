namespace Alliance.SiteVisit.Domain.Tests;

public sealed class OutstandingRulesTests
{
    public static TheoryData<string, string, bool, string> SelectionCases => new()
    {
        { "ict", "ict", true, "ok" },
        { "ict", "electronics", true, "alliance-not-in-domain@allianceId" },
        { "ict", "ict", false, "alliance-not-visited@allianceId" },
        // Both broken: the domain is named first.
        { "ict", "electronics", false, "alliance-not-in-domain@allianceId" },
        // Codes compare exactly.
        { "ict", "ICT", true, "alliance-not-in-domain@allianceId" },
        { "ict", "", true, "alliance-not-in-domain@allianceId" },
    };

    [Theory]
    [MemberData(nameof(SelectionCases))]
    public void Check_TheAllianceMustBeOfTheDomainAndVisitedWithASubmittedForm(string domain, string allianceDomain, bool visited, string expected) =>
        Assert.Equal(expected, Forms.Outcome(OutstandingRules.Check(domain, allianceDomain, visited)));
}
