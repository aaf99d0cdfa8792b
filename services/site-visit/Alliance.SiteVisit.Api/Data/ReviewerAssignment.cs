namespace Alliance.SiteVisit.Api.Data;

/// <summary>
/// A reviewer's assignment to a visit: one row per visit and reviewer, never deleted. Taking the reviewer off
/// clears <see cref="Active"/>; assigning again sets it. <see cref="Sequence"/> counts both (1, 2, 3, …) and is
/// what the reviewer events carry, so their consumers keep the latest whatever order they arrive in.
/// </summary>
public sealed class ReviewerAssignment
{
    public Guid VisitId { get; init; }
    public required string ReviewerUserName { get; init; }
    public bool Active { get; set; }

    /// <summary>The number of assignments and unassignments so far; also the row's concurrency token.</summary>
    public long Sequence { get; set; }

    public required string ChangedBy { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}
