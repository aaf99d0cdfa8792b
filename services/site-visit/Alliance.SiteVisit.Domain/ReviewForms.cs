namespace Alliance.SiteVisit.Domain;

/// <summary>One point of a review form: its score (null while a draft leaves it open) and the reviewer's comment.</summary>
public sealed record PointScore(ReviewPoint Point, int? Score, string? Comment);

/// <summary>What is wrong with a draft's scores as sent, by the request field that carries it.</summary>
public enum DraftProblem
{
    /// <summary>The same point is listed twice (<c>scores[i].point</c>).</summary>
    PointRepeated,

    /// <summary>A score outside <see cref="ReviewForms.MinScore"/>–<see cref="ReviewForms.MaxScore"/> (<c>scores[i].score</c>).</summary>
    ScoreOutOfRange,
}

/// <summary>
/// The review form (實地查訪審查表): a score from 1 to 5 for each of the five review points, a comment per
/// point, an overall comment and a recommendation. A draft may leave anything open; a form is submitted only
/// whole. Its total is the sum of its five scores (5 to 25).
/// </summary>
public static class ReviewForms
{
    public const int MinScore = 1;
    public const int MaxScore = 5;

    /// <summary>
    /// The format problems of a draft's scores as sent (any order, any subset of the points): each point at most
    /// once, each score given within 1–5. Fields are the request's (<c>scores[i]…</c>, i the place in the list sent).
    /// </summary>
    public static IReadOnlyList<(string Field, DraftProblem Problem)> DraftProblems(IReadOnlyList<PointScore> sent)
    {
        ArgumentNullException.ThrowIfNull(sent);
        var problems = new List<(string, DraftProblem)>();
        var seen = new HashSet<ReviewPoint>();
        for (var i = 0; i < sent.Count; i++)
        {
            if (!seen.Add(sent[i].Point))
            {
                problems.Add(($"scores[{i}].point", DraftProblem.PointRepeated));
            }

            if (sent[i].Score is { } score && score is < MinScore or > MaxScore)
            {
                problems.Add(($"scores[{i}].score", DraftProblem.ScoreOutOfRange));
            }
        }

        return problems;
    }

    /// <summary>Every point in the form's order, those not sent left open (no score, no comment).</summary>
    /// <exception cref="ArgumentException">a point sent twice (check <see cref="DraftProblems"/> first)</exception>
    public static PointScore[] Arrange(IReadOnlyList<PointScore> sent)
    {
        ArgumentNullException.ThrowIfNull(sent);
        var byPoint = sent.ToDictionary(s => s.Point);
        return ReviewPoints.All.Select(point => byPoint.TryGetValue(point, out var given) ? given : new PointScore(point, null, null)).ToArray();
    }

    /// <summary>
    /// What stops a form from being submitted, each a <see cref="SiteVisitRule.FormIncomplete"/>: every point without a
    /// score (<c>scores[i].score</c>, i the point's place in the form's order) and a missing <c>recommendation</c>.
    /// Empty when the form may be submitted.
    /// </summary>
    /// <param name="arranged">the form's scores as <see cref="Arrange"/> gives them</param>
    public static IReadOnlyList<RuleBreach> SubmissionBreaches(IReadOnlyList<PointScore> arranged, Recommendation? recommendation)
    {
        RequireArranged(arranged);
        var breaches = arranged.Select((s, i) => (s.Score, i))
            .Where(s => s.Score is null)
            .Select(s => new RuleBreach(SiteVisitRule.FormIncomplete, $"scores[{s.i}].score"))
            .ToList();
        if (recommendation is null)
        {
            breaches.Add(new(SiteVisitRule.FormIncomplete, "recommendation"));
        }

        return breaches;
    }

    /// <summary>The sum of the five scores; null while any is open.</summary>
    public static int? Total(IReadOnlyList<PointScore> arranged)
    {
        RequireArranged(arranged);
        return arranged.All(s => s.Score is not null) ? arranged.Sum(s => s.Score!.Value) : null;
    }

    private static void RequireArranged(IReadOnlyList<PointScore> arranged)
    {
        ArgumentNullException.ThrowIfNull(arranged);
        if (!arranged.Select(s => s.Point).SequenceEqual(ReviewPoints.All))
        {
            throw new ArgumentException("A form lists every review point once, in the form's order.", nameof(arranged));
        }
    }
}
