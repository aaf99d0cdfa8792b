using Alliance.Gateway.Web.SiteVisit;

namespace Alliance.Gateway.Tests;

public sealed class ReviewFormDraftTests
{
    private static readonly string[] Points = ["time-split", "core-technology-application", "promotion-highlights", "public-showing", "sustainability"];

    [Fact]
    public void From_FormMissingPointsAndOutOfOrder_ListsEveryPointInTheServiceOrder()
    {
        var form = new ReviewFormRow([new("sustainability", 4, "可"), new("time-split", 3, null), new("retired-point", 2, "舊")], null, null, 3);

        var draft = ReviewFormDraft.From(form, Points);

        Assert.Equal([.. Points, "retired-point"], draft.Points.Select(p => p.Point));
        Assert.Equal([3, null, null, null, 4, 2], draft.Points.Select(p => p.Score));
        Assert.Equal("可", draft.Points[4].Comment);
    }

    [Fact]
    public void Total_AllScored_IsTheSumAndNullBefore()
    {
        var draft = ReviewFormDraft.From(new ReviewFormRow([], null, null, 0), Points);
        Assert.Null(draft.Total);

        foreach (var (entry, score) in draft.Points.Zip([5, 4, 3, 2, 1]))
        {
            entry.Score = score;
        }

        Assert.Equal(15, draft.Total);
    }

    [Fact]
    public void Missing_HalfFilled_NamesUnscoredPointsAndTheRecommendation()
    {
        var draft = ReviewFormDraft.From(new ReviewFormRow([new("time-split", 4, null), new("public-showing", 3, null)], null, null, 1), Points);

        Assert.Equal(["core-technology-application", "promotion-highlights", "sustainability", "recommendation"], draft.Missing());

        draft.Recommendation = "satisfactory";
        Assert.DoesNotContain("recommendation", draft.Missing());
    }

    [Fact]
    public void Body_BlankText_IsSentAsNoneAndTrimmed()
    {
        var draft = ReviewFormDraft.From(new ReviewFormRow([new("time-split", 4, "  時間分配恰當 ")], "   ", "satisfactory", 2), Points);

        var body = draft.Body(2);

        Assert.Equal(new ScoreRow("time-split", 4, "時間分配恰當"), body.Scores[0]);
        Assert.Equal(new ScoreRow("sustainability", null, null), body.Scores[4]);
        Assert.Null(body.OverallComment);
        Assert.Equal(("satisfactory", 2L), (body.Recommendation, body.Version));
    }

    [Fact]
    public void SameAs_CopyThenChange_TellsTheChange()
    {
        var draft = ReviewFormDraft.From(new ReviewFormRow([], null, null, 0), Points);
        var copy = draft.Copy();
        Assert.True(draft.SameAs(copy));

        draft.Points[2].Comment = "亮點";
        Assert.False(draft.SameAs(copy));

        copy.Points[2].Comment = "亮點 ";
        Assert.True(draft.SameAs(copy));
    }
}
