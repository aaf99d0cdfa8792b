using System.Globalization;
using Alliance.Activity.Api.Data;
using Alliance.Activity.Domain;
using Alliance.ServiceDefaults.Input;

namespace Alliance.Activity.Api.Apis;

/// <summary>
/// A record with its status, the same shape for every type: the fields a type does not have are null
/// (an event has no member, a consultation no kind). <c>kind</c> is the event's or the outcome's kind as
/// its request names it; <c>kpi</c> the KPI it counts toward.
/// </summary>
public sealed record ActivityResponse(
    Guid Id, Guid AllianceId, int Year, string Kpi, string? Kind, DateOnly Date,
    string? Title, string? Place, EventRole? Role, int? Attendees, int? FirmAttendees,
    Guid? MemberId, string? MemberName, string? Topic, decimal? Hours,
    string? PatentNumber, string? Country, PatentOwner? Owner, int? People, decimal? Amount,
    ActivityStatus Status, string? Reason, string? ReasonText, string? VoidReason, string? CorrectionReason,
    long Version, string RecordedBy, DateTimeOffset RecordedAt)
{
    /// <summary>The record as the API shows it; <paramref name="language"/> null leaves the reason's text out (for history).</summary>
    internal static ActivityResponse From(ActivityEntry e, CultureInfo? language) => new(
        e.Id, e.AllianceId, e.Year, KebabNames.Of(e.Kpi), KindOf(e.Kind), e.Date,
        e.Title, e.Place, e.Role, e.Attendees, e.FirmAttendees,
        e.MemberId, e.MemberName, e.Topic, e.Hours,
        e.PatentNumber, e.Country, e.Owner, e.People, e.Amount,
        e.Status, e.Reason, language is null ? null : RuleMessages.ForReason(e.Reason, e.FactsWith())?.For(language), e.VoidReason, e.CorrectionReason,
        e.Version, e.RecordedBy, e.RecordedAt);

    private static string? KindOf(ActivityKind kind) =>
        ActivityKinds.EventKindOf(kind) is { } eventKind ? KebabNames.Of(eventKind)
        : ActivityKinds.OutcomeKindOf(kind) is { } outcomeKind ? KebabNames.Of(outcomeKind)
        : null;
}
