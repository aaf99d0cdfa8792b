namespace Alliance.Gateway.Data;

/// <summary>
/// One sign-in of a browser. The cookie names it; the cookie is honoured only while the session has
/// not ended, so signing out (or a password change made elsewhere) ends it on the server, not only
/// in the browser that held it.
/// </summary>
public sealed class BrowserSession
{
    public Guid Id { get; init; }
    public Guid UserId { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? EndedAt { get; set; }
}
