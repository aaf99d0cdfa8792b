namespace Alliance.Gateway.Web.Notifications;

/// <summary>The notification list's address, and where a notification may lead.</summary>
public static class NotificationLinks
{
    public const string List = "/notifications";

    public const string Unread = "/notifications?unread=true";

    /// <summary>
    /// The notification's link when it is a page of this site (<c>/alliances/…</c>), else the list: a link
    /// leads only within the gateway, whatever a stored notification says.
    /// </summary>
    public static string Local(string? link) =>
        link is ['/', var second, ..] && second is not ('/' or '\\') && !link.Contains("://", StringComparison.Ordinal) ? link : List;
}
