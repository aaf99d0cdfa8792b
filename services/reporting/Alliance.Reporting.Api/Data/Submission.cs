namespace Alliance.Reporting.Api.Data;

/// <summary>
/// One submission of a round's report (a version, 1, 2, …), frozen as submitted: both tables' rows (target, actual,
/// last year, variance text) and the narratives in <see cref="Content"/>, who submitted it and when, and how late.
/// The centre's reopening or completed audit of it is recorded beside. Never changed otherwise, never deleted.
/// </summary>
public sealed class Submission
{
    public Guid AllianceId { get; init; }
    public required string RoundId { get; init; }

    /// <summary>1 for the round's first submission, one more for each resubmission.</summary>
    public int Number { get; init; }
    public DateTimeOffset SubmittedAt { get; init; }

    /// <summary>The PI's user name.</summary>
    public required string SubmittedBy { get; init; }

    /// <summary>The PI's display name when submitted (the user name while reporting's copy of the people lacked it).</summary>
    public required string SubmittedByName { get; init; }

    /// <summary>The date it was due by (the round's deadline, or the corrections deadline after a reopening).</summary>
    public DateOnly Deadline { get; init; }

    /// <summary>Taiwan calendar days after the deadline's day; null when on time.</summary>
    public int? LateDays { get; init; }

    /// <summary>The exact time past the deadline's end; null when on time.</summary>
    public TimeSpan? LateBy { get; init; }

    /// <summary>The rows and narratives as submitted, JSON (<see cref="SubmittedContent"/>).</summary>
    public required string Content { get; init; }
    public DateTimeOffset? ReopenedAt { get; set; }
    public string? ReopenedBy { get; set; }
    public string? ReopenReason { get; set; }
    public DateTimeOffset? AuditedAt { get; set; }
    public string? AuditedBy { get; set; }
}

/// <summary>
/// A centre administrator's audit note (查核) on a round's report: on one row (<see cref="Kpi"/>) or the overall note
/// (查核記錄, <see cref="Kpi"/> null), written against the submission that was the latest then.
/// </summary>
public sealed class AuditNote
{
    public Guid Id { get; init; }
    public Guid AllianceId { get; init; }
    public required string RoundId { get; init; }
    public string? Kpi { get; init; }
    public required string Note { get; init; }
    public int SubmissionVersion { get; init; }
    public required string WrittenBy { get; init; }
    public required string WrittenByName { get; init; }
    public DateTimeOffset WrittenAt { get; init; }
}
