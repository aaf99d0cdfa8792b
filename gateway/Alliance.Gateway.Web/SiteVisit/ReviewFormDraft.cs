namespace Alliance.Gateway.Web.SiteVisit;

/// <summary>
/// A review form (實地查訪審查表) while the reviewer types it: one entry per review point in the form's
/// order, each with a score of 1 to 5 (none until chosen) and a comment, then the overall comment and
/// the recommendation. A point the service lists that the form did not hold yet is added empty, so
/// the form always asks every point; one the form holds that the service no longer lists is kept last.
/// </summary>
public sealed class ReviewFormDraft
{
    public const int LowestScore = 1;
    public const int HighestScore = 5;

    /// <summary>The recommendations a reviewer chooses from, by the API's codes.</summary>
    public static readonly string[] Recommendations = ["outstanding-candidate", "satisfactory", "needs-improvement", "abnormal"];

    public List<PointEntry> Points { get; init; } = [];

    public string? OverallComment { get; set; }

    public string? Recommendation { get; set; }

    public static ReviewFormDraft From(ReviewFormRow form, IEnumerable<string> pointOrder)
    {
        var order = pointOrder.ToArray();
        var held = form.Scores.GroupBy(s => s.Point).ToDictionary(g => g.Key, g => g.First());
        var points = order.Select(code => held.TryGetValue(code, out var s) ? new PointEntry(code, s.Score, s.Comment) : new PointEntry(code, null, null))
            .Concat(form.Scores.Where(s => !order.Contains(s.Point)).Select(s => new PointEntry(s.Point, s.Score, s.Comment)))
            .ToList();
        return new ReviewFormDraft { Points = points, OverallComment = form.OverallComment, Recommendation = form.Recommendation };
    }

    /// <summary>The sum of the five scores once every point is scored; null before.</summary>
    public int? Total => Points.Count > 0 && Points.All(p => p.Score is not null) ? Points.Sum(p => p.Score!.Value) : null;

    /// <summary>What the form still lacks to be submitted: the codes of unscored points, and "recommendation" when none is chosen.</summary>
    public IReadOnlyList<string> Missing() =>
        Points.Where(p => p.Score is null).Select(p => p.Point).Concat(string.IsNullOrEmpty(Recommendation) ? ["recommendation"] : []).ToArray();

    /// <summary>The form to save as a draft with the version read (0 before the first save); blank text is sent as none.</summary>
    public ReviewFormBody Body(long version) =>
        new(Points.Select(p => new ScoreRow(p.Point, p.Score, Blank(p.Comment))).ToArray(), Blank(OverallComment), Blank(Recommendation), version);

    /// <summary>Whether this form says the same as <paramref name="other"/>, so nothing is saved twice.</summary>
    public bool SameAs(ReviewFormDraft other) => Body(0) is var mine && other.Body(0) is var theirs
        && mine.OverallComment == theirs.OverallComment && mine.Recommendation == theirs.Recommendation
        && mine.Scores.SequenceEqual(theirs.Scores);

    public ReviewFormDraft Copy() => new()
    {
        Points = Points.Select(p => new PointEntry(p.Point, p.Score, p.Comment)).ToList(),
        OverallComment = OverallComment,
        Recommendation = Recommendation,
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>One review point's score and comment as typed.</summary>
public sealed class PointEntry(string point, int? score, string? comment)
{
    public string Point { get; } = point;

    public int? Score { get; set; } = score;

    public string? Comment { get; set; } = comment;
}
