using Alliance.Gateway.Web.Services;
using Alliance.ServiceDefaults;

namespace Alliance.Gateway.Web.Notifications;

/// <summary>
/// The caller's notifications in reporting. One per circuit, shared by the bell and the page it sits on,
/// so a notification marked read on a page tells the bell to count again.
/// </summary>
internal sealed class NotificationsClient(ServiceCalls calls)
{
    private const string Service = ResourceNames.Reporting;
    private const string Path = "/api/reporting/notifications";

    /// <summary>Raised after a notification was marked read here.</summary>
    public event Func<Task>? Changed;

    public Task<NotificationRow[]> GetAsync(bool unreadOnly) => calls.GetAsync<NotificationRow[]>(Service, unreadOnly ? $"{Path}?unread=true" : Path);

    public async Task<NotificationRow> MarkReadAsync(Guid id)
    {
        var read = await calls.PostAsync<NotificationRow>(Service, $"{Path}/{id}/read", new { });
        if (Changed is { } changed)
        {
            await changed();
        }

        return read;
    }
}
