using Alliance.Messaging.Writes;
using Alliance.SiteVisit.Domain;

namespace Alliance.SiteVisit.Api.Data;

/// <summary>
/// A reviewer's review form (實地查訪審查表) for a visit: one per visit and reviewer. Kept as typed while a
/// draft; once <see cref="SubmittedAt"/> is set it never changes. <see cref="Scores"/> and <see cref="Comments"/>
/// hold one entry per review point, in the form's order (<see cref="ReviewPoints.All"/>).
/// </summary>
public sealed class ReviewForm : IVersioned
{
    public Guid Id { get; init; }
    public Guid VisitId { get; init; }
    public required string ReviewerUserName { get; init; }
    public List<int?> Scores { get; set; } = [];
    public List<string?> Comments { get; set; } = [];
    public string? OverallComment { get; set; }
    public Recommendation? Recommendation { get; set; }

    /// <summary>The sum of the five scores once every one is given; null before.</summary>
    public int? Total { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public long Version { get; set; }

    public bool Submitted => SubmittedAt is not null;

    /// <summary>The scores as the rules see them: every point in order.</summary>
    public PointScore[] PointScores() =>
        ReviewPoints.All.Select((point, i) => new PointScore(point, i < Scores.Count ? Scores[i] : null, i < Comments.Count ? Comments[i] : null)).ToArray();
}
