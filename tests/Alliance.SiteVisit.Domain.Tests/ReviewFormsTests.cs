namespace Alliance.SiteVisit.Domain.Tests;

public sealed partial class ReviewFormsTests
{
    [Theory]
    [MemberData(nameof(DraftCases))]
    public void DraftProblems_ScoresAsSent_EachPointOnceEachScoreOneToFive(string sent, string expected) =>
        Assert.Equal(expected, string.Join(' ', ReviewForms.DraftProblems(Forms.Sent(sent)).Select(p => $"{p.Problem}@{p.Field}")));

    [Theory]
    [MemberData(nameof(ArrangeCases))]
    public void Arrange_ScoresAsSent_EveryPointInTheFormsOrderTheOthersOpen(string sent, string expected) =>
        Assert.Equal(expected, string.Join(',', ReviewForms.Arrange(Forms.Sent(sent)).Select(s => s.Score?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-")));

    [Theory]
    [MemberData(nameof(SubmissionCases))]
    public void SubmissionBreaches_EveryScoreAndARecommendationAreNeeded(string scores, Recommendation? recommendation, string expected) =>
        Assert.Equal(expected, string.Join(' ', ReviewForms.SubmissionBreaches(Forms.Arranged(scores), recommendation).Select(Forms.Outcome)));

    [Theory]
    [MemberData(nameof(TotalCases))]
    public void Total_SumOfTheFiveScores_NullWhileAnyIsOpen(string scores, int? expected) =>
        Assert.Equal(expected, ReviewForms.Total(Forms.Arranged(scores)));

    [Fact]
    public void Arrange_APointSentTwice_Throws() =>
        Assert.Throws<ArgumentException>(() => ReviewForms.Arrange(Forms.Sent("time-split=3;time-split=4")));

    [Fact]
    public void Total_ScoresNotInTheFormsOrder_Throws() =>
        Assert.Throws<ArgumentException>(() => ReviewForms.Total(Forms.Sent("sustainability=3;time-split=4")));
}
