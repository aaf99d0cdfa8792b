using System.Text.Json.Serialization;
using Alliance.Gateway.Web.Revenue;

namespace Alliance.Gateway.Web.SiteVisit;

// What the pages read from and send to the site-visit API (the "API" section of the site-visit issue).
// Codes stay strings, read as text whatever JSON type they arrive in, so a value the pages cannot name
// shows as unknown instead of ending the circuit. Fields the issue does not name are optional here.

/// <param name="AllianceCode">the alliance as the site-visit service's copy of the roster knows it; null while it does not</param>
/// <param name="StartsAt">the visit's start, an instant; shown in Taiwan time</param>
/// <param name="Agenda">the agenda's items in order</param>
/// <param name="Reason">why the visit is outside April–July, when it is</param>
/// <param name="Status"><c>scheduled</c> or <c>completed</c></param>
public sealed record VisitRow(
    Guid Id, Guid AllianceId, string? AllianceCode, string? AllianceName, string? HostInstitution, string? DomainCode,
    int Year, DateTimeOffset StartsAt, string? Place, IReadOnlyList<string>? Agenda, string? Reason,
    [property: JsonConverter(typeof(CodeText))] string? Status, bool Completed, long Version,
    [property: JsonConverter(typeof(CodeText))] string? MyFormStatus = null)
{
    public bool IsCompleted => Completed || Status == "completed";
}

/// <summary>A visit to schedule (POST) or, with its version, to change (PUT).</summary>
public sealed record VisitBody(Guid? AllianceId, int Year, DateTimeOffset? StartsAt, string? Place, IReadOnlyList<string>? Agenda, string? Reason, long? Version = null);

public sealed record VersionBody(long Version);

/// <param name="FormStatus">where the reviewer's form stands: <c>not-started</c>, <c>draft</c> or <c>submitted</c></param>
public sealed record ReviewerRow(string ReviewerUserName, string? DisplayName, [property: JsonConverter(typeof(CodeText))] string? FormStatus = null);

public sealed record AssignReviewerBody(string ReviewerUserName);

public sealed record ReviewPointRow(string Code, string NameZh, string NameEn);

/// <summary>A review point's score (1–5, none while not given) and comment.</summary>
public sealed record ScoreRow(string Point, int? Score, string? Comment);

/// <summary>A reviewer's form: a draft while it is typed, then submitted once.</summary>
public sealed record ReviewFormRow(
    IReadOnlyList<ScoreRow> Scores, string? OverallComment, [property: JsonConverter(typeof(CodeText))] string? Recommendation, long Version,
    [property: JsonConverter(typeof(CodeText))] string? Status = null, string? ReviewerUserName = null, string? ReviewerDisplayName = null,
    DateTimeOffset? SubmittedAt = null, int? Total = null)
{
    public bool IsSubmitted => Status == "submitted" || SubmittedAt is not null;
}

public sealed record ReviewFormBody(IReadOnlyList<ScoreRow> Scores, string? OverallComment, string? Recommendation, long Version);

/// <param name="Rank">1 for the highest average total; ties broken by the higher lowest form total, then by alliance code</param>
/// <param name="Forms">how many submitted forms the average is over</param>
/// <param name="LowestTotal">the lowest total among the alliance's forms, the first tie-break</param>
public sealed record RankingRow(int Rank, Guid AllianceId, string AllianceCode, string AllianceName, decimal AverageTotal, int LowestTotal, int Forms);

/// <summary>A domain's outstanding alliance of a year; <see cref="AllianceId"/> is null while none is selected.</summary>
public sealed record OutstandingRow(
    string DomainCode, Guid? AllianceId, string? AllianceCode, string? AllianceName, string? HostInstitution, string? PiDisplayName, bool Confirmed, long Version);

public sealed record SelectOutstandingBody(Guid AllianceId, long Version);

public sealed record CounsellingRow(
    Guid Id, Guid AllianceId, int Year, [property: JsonConverter(typeof(CodeText))] string Kind, DateOnly Date, string? Notes, string? Recommendations);

public sealed record CounsellingBody(Guid? AllianceId, int Year, string? Kind, DateOnly? Date, string? Notes, string? Recommendations);

/// <summary>An alliance flagged abnormal (異常) now, with why, by whom and when.</summary>
public sealed record AbnormalRow(
    Guid AllianceId, string? AllianceCode, string? AllianceName, string? Reason, string? FlaggedBy, DateTimeOffset? FlaggedAt, long Version);

public sealed record FlagBody(Guid? AllianceId, string? Reason);

public sealed record ClearFlagBody(string? Note, long Version);

/// <summary>A visit's submitted forms and their averages: per point, and of the forms' totals (each the sum of its five scores).</summary>
public sealed record VisitFormsRow(Guid VisitId, IReadOnlyList<ReviewFormRow> Forms, AveragesRow? Averages);

/// <param name="Points">each point's average over the submitted forms, unrounded; null while none is submitted</param>
/// <param name="AverageTotal">the mean of the submitted forms' totals, unrounded</param>
public sealed record AveragesRow(IReadOnlyList<PointAverageRow> Points, decimal? AverageTotal, int SubmittedForms);

public sealed record PointAverageRow(string Point, decimal? Average);
