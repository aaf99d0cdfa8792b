using MassTransit;

namespace Alliance.Contracts.Reporting;

/// <summary>
/// An alliance's PI confirmed and submitted a round's report (確認送出): its figures are frozen as submission
/// <see cref="SubmissionVersion"/> (1, 2, …). A submission after the round's deadline is accepted and marked late.
/// </summary>
[MessageUrn("alliance:reporting:report-submitted:v1")]
public sealed record ReportSubmitted : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid AllianceId { get; init; }

    /// <summary>The round's id, <c>{year}-{kind}</c> (<c>108-kpi-1</c>).</summary>
    public required string RoundId { get; init; }

    /// <summary>The programme year (ROC) of the round.</summary>
    public required int Year { get; init; }

    /// <summary>The submission's number within the round: 1 for the first, one more for each resubmission after a reopening.</summary>
    public required int SubmissionVersion { get; init; }

    /// <summary>The PI's user name.</summary>
    public required string SubmittedBy { get; init; }

    public required bool Late { get; init; }

    /// <summary>Taiwan calendar days after the deadline's day; null when on time.</summary>
    public int? LateDays { get; init; }

    /// <summary>The exact time past the deadline's end (Taiwan midnight); null when on time.</summary>
    public TimeSpan? LateBy { get; init; }

    /// <summary>The report's version after this change; a greater version is a later state of the round's report.</summary>
    public required long Version { get; init; }
}

/// <summary>The centre reopened a submitted report for correction (補件), with its reason; the alliance corrects and submits again.</summary>
[MessageUrn("alliance:reporting:report-reopened:v1")]
public sealed record ReportReopened : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid AllianceId { get; init; }
    public required string RoundId { get; init; }
    public required int Year { get; init; }

    /// <summary>The submission reopened (the latest).</summary>
    public required int SubmissionVersion { get; init; }

    public required string Reason { get; init; }

    /// <summary>The centre administrator's user name.</summary>
    public required string ReopenedBy { get; init; }

    public required long Version { get; init; }
}

/// <summary>The centre completed its audit (查核) of a submitted report: final within the year.</summary>
[MessageUrn("alliance:reporting:report-audited:v1")]
public sealed record ReportAudited : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid AllianceId { get; init; }
    public required string RoundId { get; init; }
    public required int Year { get; init; }

    /// <summary>The submission audited (the latest).</summary>
    public required int SubmissionVersion { get; init; }

    public required string AuditedBy { get; init; }
    public required long Version { get; init; }
}
