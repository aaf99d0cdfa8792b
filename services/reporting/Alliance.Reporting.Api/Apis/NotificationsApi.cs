using Alliance.Reporting.Api.Data;
using Alliance.ServiceDefaults.Problems;
using Alliance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Reporting.Api.Apis;

/// <summary>The caller's own notification list (the bell): every reminder recorded for them, newest first; marked read one by one.</summary>
public static class NotificationsApi
{
    public const int MaxListed = 200;

    public static RouteGroupBuilder MapNotificationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup($"{Extensions.PublicPrefix}/notifications").WithTags("Notifications");
        group.MapGet("/", ListNotifications).WithName(nameof(ListNotifications))
            .WithSummary("The caller's notifications, newest first (at most 200); ?unread=true for the unread ones only. Titles in the request's language.");
        group.MapPost("/{id:guid}/read", MarkNotificationRead).WithName(nameof(MarkNotificationRead))
            .WithSummary("Marks one of the caller's notifications read (again: no change); 404 for anyone else's.");
        return group;
    }

    public static async Task<Ok<NotificationResponse[]>> ListNotifications(
        bool? unread, Caller caller, ReportingDbContext db, HttpContext context, CancellationToken cancellationToken)
    {
        var query = db.Notifications.AsNoTracking().Where(n => n.UserName == caller.UserName);
        if (unread == true)
        {
            query = query.Where(n => n.ReadAt == null);
        }

        var found = await query.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(MaxListed).ToListAsync(cancellationToken);
        var english = LocalizedText.IsEnglish(RequestLanguage.Of(context));
        return TypedResults.Ok(found.Select(n => NotificationResponse.From(n, english)).ToArray());
    }

    public static async Task<Ok<NotificationResponse>> MarkNotificationRead(
        Guid id, Caller caller, ReportingDbContext db, TimeProvider clock, HttpContext context, CancellationToken cancellationToken)
    {
        var found = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.UserName == caller.UserName, cancellationToken)
            ?? throw DomainException.NotFound(new("找不到這則通知。", "No such notification of yours."));
        found.ReadAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(NotificationResponse.From(found, LocalizedText.IsEnglish(RequestLanguage.Of(context))));
    }
}

/// <param name="Kind">reminder, overdue or overdue-list</param>
/// <param name="Link">the web UI's page, relative to the gateway</param>
public sealed record NotificationResponse(
    Guid Id, string Kind, int Year, string Deadline, Guid? AllianceId, string? RoundId, string Title, string Link, DateTimeOffset CreatedAt, bool Read)
{
    public static NotificationResponse From(Notification n, bool english) =>
        new(n.Id, n.Kind, n.Year, n.Deadline, n.AllianceId, n.RoundId, english ? n.TitleEn : n.TitleZh, n.Link, n.CreatedAt, n.ReadAt is not null);
}
