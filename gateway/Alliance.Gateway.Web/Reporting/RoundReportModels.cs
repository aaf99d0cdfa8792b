using System.Text.Json;

namespace Alliance.Gateway.Web.Reporting;

// What the summary page reads from and sends to a round's report (drafts, submission, versions, the centre's audit),
// as the reporting API's RoundReportResponses say.

public sealed record VarianceBody(string? Text);

public sealed record NarrativesBody(string? Industry, string? Academic);

/// <param name="Status">not-started, draft, submitted, reopened, audited</param>
public sealed record VarianceRow(Guid AllianceId, string RoundId, string Kpi, string Text, string Status, long Version);

public sealed record NarrativesRow(Guid AllianceId, string RoundId, string Industry, string Academic, string Status, long Version);

/// <param name="Latest">the submission the step was about</param>
public sealed record RoundStateRow(Guid AllianceId, string RoundId, string Status, long Version, VersionRow? Latest);

/// <summary>One submission of a round's report.</summary>
/// <param name="SubmittedBy">the PI's display name</param>
/// <param name="Deadline">the date it was due by (the corrections deadline for a resubmission after a reopening)</param>
/// <param name="LateDays">Taiwan days past the deadline; LateBy the exact time past the deadline day's end</param>
/// <param name="ReopenReason">the centre's reason when it reopened this submission for correction</param>
public sealed record VersionRow(
    int Number, DateTimeOffset SubmittedAt, string SubmittedBy, string SubmittedByUserName, DateOnly Deadline, bool Late, int? LateDays, TimeSpan? LateBy,
    DateTimeOffset? ReopenedAt, string? ReopenedBy, string? ReopenReason, DateTimeOffset? AuditedAt, string? AuditedBy,
    string? ReopenedByName, string? AuditedByName);

/// <param name="Versions">oldest first</param>
public sealed record VersionsRow(Guid AllianceId, string RoundId, string Status, long Version, VersionRow[] Versions);

/// <param name="A">the row's figure in version a (the row's object or a number)</param>
public sealed record CompareLineRow(string Kpi, JsonElement? A, JsonElement? B, bool Changed);

public sealed record CompareRow(Guid AllianceId, string RoundId, string View, int A, int B, CompareLineRow[] Rows);

/// <param name="Kpi">the row; null for the overall note (查核記錄)</param>
/// <param name="SubmissionVersion">the latest submission when it was written</param>
public sealed record AuditNoteRow(Guid Id, string? Kpi, string Note, int SubmissionVersion, string WrittenBy, string WrittenByName, DateTimeOffset WrittenAt);

/// <param name="Notes">oldest first</param>
public sealed record AuditNotesRow(Guid AllianceId, string RoundId, string Status, AuditNoteRow[] Notes);

/// <param name="Kpi">the row; null for the overall note</param>
public sealed record AuditNoteBody(string? Kpi, string Note);

public sealed record ReopenBody(string Reason, long Version);
