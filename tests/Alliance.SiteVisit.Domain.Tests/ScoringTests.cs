namespace Alliance.SiteVisit.Domain.Tests;

public sealed partial class ScoringTests
{
    [Theory]
    [MemberData(nameof(AverageCases))]
    public void Average_SubmittedForms_PerPointAndOfTheTotals(string forms, string points, string averageTotal)
    {
        var submitted = forms.Split('|').Select(Forms.Whole).ToArray();

        var averages = Scoring.Average(submitted);

        Assert.Equal(points.Split(',').Select(p => decimal.Parse(p, System.Globalization.CultureInfo.InvariantCulture)), averages.Points.Select(p => p!.Value));
        Assert.Equal(decimal.Parse(averageTotal, System.Globalization.CultureInfo.InvariantCulture), averages.AverageTotal);
        Assert.Equal(submitted.Length, averages.Forms);
    }

    [Fact]
    public void Average_NoSubmittedForm_EverythingNull()
    {
        var averages = Scoring.Average([]);

        Assert.Equal((null, 0), (averages.AverageTotal, averages.Forms));
        Assert.Equal(5, averages.Points.Count);
        Assert.All(averages.Points, Assert.Null);
    }

    [Theory]
    [InlineData("5,4,3,2")]
    [InlineData("5,4,3,2,1,1")]
    [InlineData("5,4,3,2,0")]
    [InlineData("6,4,3,2,1")]
    public void Average_AFormNotFiveScoresOfOneToFive_Throws(string form) =>
        Assert.Throws<ArgumentException>(() => Scoring.Average([Forms.Whole(form)]));
}
