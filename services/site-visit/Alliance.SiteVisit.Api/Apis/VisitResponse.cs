using Alliance.Messaging.Roster;
using Alliance.SiteVisit.Api.Data;
using Alliance.SiteVisit.Domain;

namespace Alliance.SiteVisit.Api.Apis;

/// <summary>
/// A visit with its alliance as the roster knows it (code, name, host institution, domain; null while unknown).
/// <c>startsAt</c> is shown in Taiwan time; <c>status</c> is <c>scheduled</c> or <c>completed</c>; <c>myFormStatus</c>, in a
/// reviewer's list, is where the caller's own form for the visit stands (<c>not-started</c>, <c>draft</c>, <c>submitted</c>), else null.
/// </summary>
public sealed record VisitResponse(
    Guid Id, Guid AllianceId, string? AllianceCode, string? AllianceName, string? HostInstitution, string? DomainCode,
    int Year, DateTimeOffset StartsAt, string Place, IReadOnlyList<string> Agenda, string? Reason,
    string Status, bool Completed, DateTimeOffset? CompletedAt, string? CompletedBy, long Version, string ScheduledBy, DateTimeOffset ScheduledAt,
    string? MyFormStatus = null)
{
    internal static VisitResponse From(Visit v, RosterAlliance? alliance, string? myFormStatus = null) => new(
        v.Id, v.AllianceId, alliance?.Code, alliance?.Name, alliance?.HostInstitution, alliance?.DomainCode,
        v.Year, v.StartsAt.ToOffset(VisitWindow.TaiwanOffset), v.Place, v.Agenda, v.Reason,
        v.Completed ? "completed" : "scheduled", v.Completed, v.CompletedAt, v.CompletedBy, v.Version, v.ScheduledBy, v.ScheduledAt, myFormStatus);
}

/// <summary>Where a reviewer's form stands, from whether it exists and whether it was submitted.</summary>
public static class FormStatuses
{
    public static string Of(bool? submitted) => submitted switch
    {
        null => "not-started",
        false => "draft",
        true => "submitted",
    };
}

/// <summary>A reviewer assigned to a visit, with where their form stands (<c>not-started</c>, <c>draft</c> or <c>submitted</c>).</summary>
public sealed record ReviewerResponse(string ReviewerUserName, string? DisplayName, long Sequence, DateTimeOffset AssignedAt, string FormStatus);
