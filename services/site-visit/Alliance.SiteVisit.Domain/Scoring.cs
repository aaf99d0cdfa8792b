namespace Alliance.SiteVisit.Domain;

/// <summary>
/// The averages of a visit's submitted forms: per review point (in the form's order) and of the forms' totals.
/// Null when no form was submitted. Exact decimals, never rounded here: the API shows them as they are.
/// </summary>
public sealed record VisitAverages(IReadOnlyList<decimal?> Points, decimal? AverageTotal, int Forms);

public static class Scoring
{
    /// <summary>
    /// Averages over the submitted forms only (drafts never count), each given as its five scores in the form's
    /// order. The average total is the mean of the forms' totals.
    /// </summary>
    /// <exception cref="ArgumentException">a form without exactly five scores of 1–5</exception>
    public static VisitAverages Average(IReadOnlyCollection<IReadOnlyList<int>> submitted)
    {
        ArgumentNullException.ThrowIfNull(submitted);
        if (submitted.Any(form => form.Count != ReviewPoints.All.Count || form.Any(s => s is < ReviewForms.MinScore or > ReviewForms.MaxScore)))
        {
            throw new ArgumentException("A submitted form has a score of 1–5 for each review point.", nameof(submitted));
        }

        if (submitted.Count == 0)
        {
            return new(ReviewPoints.All.Select(_ => (decimal?)null).ToArray(), null, 0);
        }

        var count = (decimal)submitted.Count;
        var points = ReviewPoints.All.Select(point => (decimal?)(submitted.Sum(form => form[ReviewPoints.IndexOf(point)]) / count)).ToArray();
        return new(points, submitted.Sum(form => form.Sum()) / count, submitted.Count);
    }
}
