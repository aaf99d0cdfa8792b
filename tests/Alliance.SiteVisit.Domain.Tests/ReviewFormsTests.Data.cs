using static Alliance.SiteVisit.Domain.Recommendation;

namespace Alliance.SiteVisit.Domain.Tests;

// Scores as sent: "point=score" in the order sent ("-" leaves the score open). A form's scores: five in the
// form's order (time-split, core-technology-application, promotion-highlights, public-showing, sustainability).
public sealed partial class ReviewFormsTests
{
    public static TheoryData<string, string> DraftCases => new()
    {
        { "", "" },
        { "time-split=1;sustainability=5", "" },
        { "public-showing=-;time-split=3", "" },
        { "time-split=0", "ScoreOutOfRange@scores[0].score" },
        { "time-split=1;sustainability=6", "ScoreOutOfRange@scores[1].score" },
        { "time-split=-1", "ScoreOutOfRange@scores[0].score" },
        { "time-split=3;promotion-highlights=2;time-split=4", "PointRepeated@scores[2].point" },
        { "time-split=9;time-split=0", "ScoreOutOfRange@scores[0].score PointRepeated@scores[1].point ScoreOutOfRange@scores[1].score" },
    };

    public static TheoryData<string, string> ArrangeCases => new()
    {
        { "", "-,-,-,-,-" },
        { "sustainability=5;time-split=1", "1,-,-,-,5" },
        { "public-showing=4;promotion-highlights=3;core-technology-application=2;time-split=1;sustainability=5", "1,2,3,4,5" },
        { "core-technology-application=-", "-,-,-,-,-" },
    };

    public static TheoryData<string, Recommendation?, string> SubmissionCases => new()
    {
        { "5,4,3,2,1", Satisfactory, "" },
        { "1,1,1,1,1", Abnormal, "" },
        { "5,5,5,5,5", OutstandingCandidate, "" },
        { "5,4,-,2,1", NeedsImprovement, "form-incomplete@scores[2].score" },
        { "-,4,3,2,-", Satisfactory, "form-incomplete@scores[0].score form-incomplete@scores[4].score" },
        { "5,4,3,2,1", null, "form-incomplete@recommendation" },
        { "-,-,-,-,-", null,
            "form-incomplete@scores[0].score form-incomplete@scores[1].score form-incomplete@scores[2].score form-incomplete@scores[3].score form-incomplete@scores[4].score form-incomplete@recommendation" },
    };

    public static TheoryData<string, int?> TotalCases => new()
    {
        { "5,4,3,2,1", 15 },
        { "1,1,1,1,1", 5 },
        { "5,5,5,5,5", 25 },
        { "5,5,-,5,5", null },
        { "-,-,-,-,-", null },
    };
}
