using System.Text.Json.Serialization;
using Alliance.Gateway.Web.Revenue;

namespace Alliance.Gateway.Web.Activity;

// What the pages read from and send to the activity API (the "API" section of the activity issue).
// One row type serves the four records: a field a record does not have stays null. Codes stay
// strings, read as text whatever JSON type they arrive in, so a value the pages cannot name shows
// as unknown instead of ending the circuit.

/// <param name="MemberName">the member's name as the activity service knows it, when it states it</param>
/// <param name="Reason">the rule's code when the entry is pending or flagged</param>
/// <param name="ReasonText">the rule's message, in the page's language, when the service states it</param>
public sealed record ActivityRow(
    Guid Id, Guid AllianceId, int Year, [property: JsonConverter(typeof(CodeText))] string? Kind, DateOnly Date,
    string? Title, string? Place, [property: JsonConverter(typeof(CodeText))] string? Role, int? Attendees, int? FirmAttendees,
    Guid? MemberId, string? MemberName, string? Topic, decimal? Hours,
    string? PatentNumber, string? Country, [property: JsonConverter(typeof(CodeText))] string? Owner, int? People, decimal? Amount,
    [property: JsonConverter(typeof(CodeText))] string Status, string? Reason, string? ReasonText, string? VoidReason, string? CorrectionReason,
    long Version, string? RecordedBy, DateTimeOffset? RecordedAt);

/// <summary>An event (POST) or, with <see cref="Version"/> and <see cref="Reason"/>, its correction (PUT).</summary>
public sealed record EventBody(
    int Year, string? Kind, DateOnly? Date, string? Title, string? Place, string? Role, int? Attendees, int? FirmAttendees,
    long? Version = null, string? Reason = null);

/// <summary>A consultation or an on-site guidance (POST) or, with <see cref="Version"/> and <see cref="Reason"/>, its correction (PUT).</summary>
public sealed record ServiceBody(int Year, DateOnly? Date, Guid? MemberId, string? Topic, decimal? Hours, long? Version = null, string? Reason = null);

/// <summary>An outcome (POST) or, with <see cref="Version"/> and <see cref="Reason"/>, its correction (PUT); the kind decides which of the last fields it sends.</summary>
public sealed record OutcomeBody(
    int Year, string? Kind, DateOnly? Date, Guid? MemberId, string? Title,
    string? PatentNumber, string? Country, string? Owner, int? People, decimal? Amount,
    long? Version = null, string? Reason = null);

public sealed record VoidActivityBody(string Reason, long Version);

/// <summary>The activity summary: one figure per KPI, in the order the programme reports them.</summary>
/// <param name="PendingCount">records that wait for their member, not counted</param>
/// <param name="FlaggedCount">records whose member stopped qualifying, not counted</param>
public sealed record ActivitySummaryRow(
    Guid AllianceId, int Year, DateOnly? From, DateOnly? To, IReadOnlyList<KpiFigureRow> Kpis, int PendingCount = 0, int FlaggedCount = 0);

/// <param name="Figure">a count, or a sum for new hires (people) and derived output value (NTD)</param>
/// <param name="Applied">patents only: the applications among <paramref name="Figure"/></param>
/// <param name="Granted">patents only: the grants among <paramref name="Figure"/></param>
public sealed record KpiFigureRow(string Kpi, decimal Figure, decimal? Applied = null, decimal? Granted = null);
