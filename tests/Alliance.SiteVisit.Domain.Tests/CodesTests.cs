using System.Text.Json;

namespace Alliance.SiteVisit.Domain.Tests;

/// <summary>The codes of the issue's API: review points in the form's order, recommendations, counselling kinds and rules.</summary>
public sealed class CodesTests
{
    private static string[] Kebab<TEnum>(IEnumerable<TEnum> values) where TEnum : struct, Enum =>
        values.Select(v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString())).ToArray();

    [Fact]
    public void ReviewPoints_All_InTheFormsOrder_WithTheIssuesCodes() =>
        Assert.Equal(["time-split", "core-technology-application", "promotion-highlights", "public-showing", "sustainability"], Kebab(ReviewPoints.All));

    [Fact]
    public void ReviewPoints_IndexOf_IsThePlaceInTheForm() =>
        Assert.Equal(Enumerable.Range(0, 5), ReviewPoints.All.Select(ReviewPoints.IndexOf));

    [Fact]
    public void Recommendation_Values_AreTheIssuesCodes() =>
        Assert.Equal(["outstanding-candidate", "satisfactory", "needs-improvement", "abnormal"], Kebab(Enum.GetValues<Recommendation>()));

    [Fact]
    public void CounsellingKind_Values_AreTheIssuesCodes() =>
        Assert.Equal(["lecture", "case", "marketing-demonstration"], Kebab(Enum.GetValues<CounsellingKind>()));

    [Fact]
    public void Code_EveryRule_HasADistinctCode()
    {
        var codes = Enum.GetValues<SiteVisitRule>().Select(SiteVisitRuleCodes.Code).ToArray();
        Assert.Equal(
            ["date-outside-programme-year", "outside-visit-window", "form-incomplete", "alliance-not-in-domain", "alliance-not-visited", "marketing-demonstration-limit"],
            codes);
        Assert.Equal(codes.Length, codes.Distinct().Count());
    }
}
