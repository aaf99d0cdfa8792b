namespace Alliance.Gateway.Web.Notifications;

/// <summary>One of the caller's notifications as reporting lists them (newest first), its title already in the page's language.</summary>
/// <param name="Kind">reminder, overdue or overdue-list</param>
/// <param name="Deadline">the deadline's code (targets, progress-1, kpi-1, …)</param>
/// <param name="Link">the web UI's page it is about, relative to the gateway</param>
public sealed record NotificationRow(
    Guid Id, string Kind, int Year, string Deadline, Guid? AllianceId, string? RoundId, string Title, string Link, DateTimeOffset CreatedAt, bool Read);
