using System.ComponentModel.DataAnnotations;
using Alliance.Messaging.Roster.People;
using Alliance.Reporting.Api.Data;
using Alliance.Reporting.Domain;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Reporting.Api.Apis;

public sealed class VarianceRequest
{
    /// <summary>The row's variance analysis (簡要差異分析) as typed, up to 2,000 characters; empty or null clears it.</summary>
    [StringLength(RoundReportApi.MaxVariance)]
    public string? Text { get; init; }
}

public sealed class NarrativesRequest
{
    /// <summary>產業效益 as typed, up to 5,000 characters; null clears it.</summary>
    [StringLength(RoundReportApi.MaxNarrative)]
    public string? Industry { get; init; }

    /// <summary>學界效益 as typed, up to 5,000 characters; null clears it.</summary>
    [StringLength(RoundReportApi.MaxNarrative)]
    public string? Academic { get; init; }
}

public sealed class RoundActionRequest
{
    /// <summary>The report's version read (the summary's <c>version</c>): 0 before anything was saved; 409 when no longer current.</summary>
    [Required]
    public long? Version { get; init; }
}

public sealed class ReopenRequest
{
    /// <summary>Why the report goes back for correction (補件), shown to the alliance.</summary>
    [Required, StringLength(2000, MinimumLength = 1)]
    public string? Reason { get; init; }

    [Required]
    public long? Version { get; init; }
}

public sealed class AuditNoteRequest
{
    /// <summary>The row the note is about (a summary row's code); null or left out for the overall note (查核記錄).</summary>
    public string? Kpi { get; init; }

    [Required, StringLength(2000, MinimumLength = 1)]
    public string? Note { get; init; }
}

/// <param name="Status">not-started (version 0), draft, submitted, reopened, audited</param>
/// <param name="Version">the report's version: drafts leave it as it is (once stored), every state change raises it</param>
public sealed record VarianceResponse(Guid AllianceId, string RoundId, string Kpi, string Text, RoundStatus Status, long Version);

public sealed record NarrativesResponse(Guid AllianceId, string RoundId, string Industry, string Academic, RoundStatus Status, long Version);

/// <summary>A report's state after a submission, reopening or completed audit, with its latest submission.</summary>
public sealed record RoundStateResponse(Guid AllianceId, string RoundId, RoundStatus Status, long Version, VersionResponse? Latest);

/// <summary>One submission version of a round's report.</summary>
/// <param name="SubmittedBy">the PI's display name</param>
/// <param name="SubmittedByUserName">the PI's account</param>
/// <param name="Deadline">the date it was due by: the round's deadline, or the corrections deadline for a resubmission after a reopening</param>
/// <param name="Late">whether it came after the deadline; LateDays counts Taiwan days, LateBy the exact time past the deadline's end</param>
/// <param name="ReopenedBy">the account of the centre administrator who reopened it; ReopenedByName their display name</param>
/// <param name="ReopenReason">the centre's reason when it reopened this submission for correction</param>
/// <param name="AuditedBy">the account of the centre administrator who completed its audit; AuditedByName their display name</param>
public sealed record VersionResponse(
    int Number, DateTimeOffset SubmittedAt, string SubmittedBy, string SubmittedByUserName, DateOnly Deadline, bool Late, int? LateDays, TimeSpan? LateBy,
    DateTimeOffset? ReopenedAt, string? ReopenedBy, string? ReopenReason, DateTimeOffset? AuditedAt, string? AuditedBy,
    string? ReopenedByName, string? AuditedByName)
{
    /// <summary>The submissions as answered, the centre's people named as the people copies know them (their account while unknown).</summary>
    internal static async Task<VersionResponse[]> OfAsync(ReportingDbContext db, IReadOnlyList<Submission> submissions, CancellationToken cancellationToken)
    {
        var names = await db.NamesShownAsync(submissions.SelectMany(s => new[] { s.ReopenedBy, s.AuditedBy }).OfType<string>(), cancellationToken);
        string? NameOf(string? account) => account is null ? null : names[account];
        return
        [
            .. submissions.Select(s => new VersionResponse(
                s.Number, s.SubmittedAt, s.SubmittedByName, s.SubmittedBy, s.Deadline, s.LateDays is not null, s.LateDays, s.LateBy,
                s.ReopenedAt, s.ReopenedBy, s.ReopenReason, s.AuditedAt, s.AuditedBy, NameOf(s.ReopenedBy), NameOf(s.AuditedBy))),
        ];
    }
}

/// <param name="Versions">every submission, oldest first</param>
public sealed record VersionsResponse(Guid AllianceId, string RoundId, RoundStatus Status, long Version, IReadOnlyList<VersionResponse> Versions);

/// <param name="A">the figure of version a, as the summary showed it when submitted</param>
/// <param name="B">the figure of version b</param>
/// <param name="Changed">whether the two differ (by value; part by part for the breakdowns)</param>
public sealed record CompareRowResponse(string Kpi, object? A, object? B, bool Changed);

public sealed record CompareResponse(Guid AllianceId, string RoundId, string View, int A, int B, IReadOnlyList<CompareRowResponse> Rows);

/// <param name="Kpi">the row; null for the overall note (查核記錄)</param>
/// <param name="SubmissionVersion">the submission that was the latest when the note was written</param>
/// <param name="WrittenByName">the administrator's display name</param>
public sealed record AuditNoteResponse(Guid Id, string? Kpi, string Note, int SubmissionVersion, string WrittenBy, string WrittenByName, DateTimeOffset WrittenAt)
{
    internal static AuditNoteResponse Of(AuditNote n) => new(n.Id, n.Kpi, n.Note, n.SubmissionVersion, n.WrittenBy, n.WrittenByName, n.WrittenAt);
}

/// <param name="Notes">oldest first</param>
public sealed record AuditNotesResponse(Guid AllianceId, string RoundId, RoundStatus Status, IReadOnlyList<AuditNoteResponse> Notes);
