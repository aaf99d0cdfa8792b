using Alliance.SiteVisit.Api.Data;
using Alliance.SiteVisit.Domain;

namespace Alliance.SiteVisit.Api.Apis;

/// <summary>
/// A review form: every review point in the form's order with its score (null while open) and comment; <c>status</c>
/// is <c>draft</c> or <c>submitted</c>; <c>total</c> the sum of the five scores once all are given. A form not yet
/// started is shown at version 0 with every point open.
/// </summary>
public sealed record FormResponse(
    Guid VisitId, string ReviewerUserName, string? ReviewerDisplayName, string Status, ScoreResponse[] Scores, string? OverallComment,
    Recommendation? Recommendation, int? Total, long Version, DateTimeOffset? UpdatedAt, DateTimeOffset? SubmittedAt)
{
    internal static FormResponse From(ReviewForm f, string? displayName) => new(
        f.VisitId, f.ReviewerUserName, displayName, f.Submitted ? "submitted" : "draft",
        f.PointScores().Select(s => new ScoreResponse(s.Point, s.Score, s.Comment)).ToArray(),
        f.OverallComment, f.Recommendation, f.Total, f.Version, f.UpdatedAt, f.SubmittedAt);

    internal static FormResponse NotStarted(Guid visitId, string reviewerUserName, string? displayName) => new(
        visitId, reviewerUserName, displayName, "draft", ReviewPoints.All.Select(p => new ScoreResponse(p, null, null)).ToArray(),
        null, null, null, 0, null, null);
}

public sealed record ScoreResponse(ReviewPoint Point, int? Score, string? Comment);

/// <summary>A visit's submitted forms, by reviewer, and their averages (drafts never count).</summary>
public sealed record VisitFormsResponse(Guid VisitId, FormResponse[] Forms, AveragesResponse Averages);

/// <param name="Points">each review point's average, in the form's order; null when no form is submitted</param>
/// <param name="AverageTotal">the mean of the submitted forms' totals, unrounded; null when none</param>
public sealed record AveragesResponse(PointAverageResponse[] Points, decimal? AverageTotal, int SubmittedForms)
{
    internal static AveragesResponse From(VisitAverages averages) => new(
        ReviewPoints.All.Select((p, i) => new PointAverageResponse(p, averages.Points[i])).ToArray(), averages.AverageTotal, averages.Forms);
}

public sealed record PointAverageResponse(ReviewPoint Point, decimal? Average);
