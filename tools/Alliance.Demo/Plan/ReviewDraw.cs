namespace Alliance.Demo.Plan;

/// <summary>
/// A reviewer's submitted review form: a score from 1 to 5 for each of the five review points in the form's order,
/// a recommendation (its API name) and an overall comment.
/// </summary>
public sealed record DemoReviewForm(string Reviewer, IReadOnlyList<int> Scores, string Recommendation, string OverallComment);

/// <summary>
/// The forms of the visits held before today: each reviewer submits one, and the centre then completes the visit.
/// Scores lean on a quality drawn per visit, so the two forms of a visit roughly agree and a domain's ranking has a
/// clear head.
/// </summary>
public static class ReviewDraw
{
    public const int Points = 5;

    private static readonly string[] Comments =
    [
        "會員廠商簡報內容充實，技術應用具體。", "推廣成效明確，建議持續擴大會員參與。", "成果展示完整，惟永續經營規劃可再具體。",
        "核心技術應用良好，建議加強成功案例之量化效益。", "整體表現符合預期，建議強化公開展示活動。",
    ];

    public static IReadOnlyList<DemoVisit> WithForms(IReadOnlyList<DemoVisit> visits, DateOnly today, Random random) =>
        [.. visits.Select(visit => DateOnly.FromDateTime(visit.StartsAt.DateTime) < today ? Held(visit, random) : visit)];

    private static DemoVisit Held(DemoVisit visit, Random random)
    {
        var quality = random.Next(3, 6);
        var forms = visit.Reviewers.Select(reviewer =>
        {
            var scores = Enumerable.Range(0, Points).Select(_ => Math.Clamp(quality + random.Next(-1, 2), 1, 5)).ToArray();
            return new DemoReviewForm(reviewer, scores, RecommendationFor(scores.Sum()), Comments[random.Next(Comments.Length)]);
        }).ToArray();
        return visit with { Forms = forms, Completed = true };
    }

    private static string RecommendationFor(int total) => total switch
    {
        >= 22 => "outstanding-candidate",
        >= 15 => "satisfactory",
        _ => "needs-improvement",
    };
}
