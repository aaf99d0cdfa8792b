using System.Security.Claims;
using Alliance.Gateway.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Alliance.Gateway.Auth;

/// <summary>
/// The server's side of sign-in cookies: a sign-in starts a <see cref="BrowserSession"/> whose id
/// the cookie carries (in its protected properties, which a refresh of the cookie keeps), and
/// <see cref="CookieCallerValidator"/> honours the cookie only while that session is live.
/// </summary>
public sealed class BrowserSessions(GatewayDbContext db, TimeProvider clock)
{
    /// <summary>The key of the session id among the cookie's authentication properties.</summary>
    public const string PropertyKey = "alliance.session";

    /// <summary>The cookie events' hook: a new sign-in (not a refresh of one, which keeps its properties) starts a session.</summary>
    public static async Task OnSigningInAsync(CookieSigningInContext context)
    {
        var services = context.HttpContext.RequestServices;
        var userIdClaim = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.UserIdClaimType;
        if (SessionIdOf(context.Properties) is not null || !Guid.TryParse(context.Principal?.FindFirstValue(userIdClaim), out var userId))
        {
            return;
        }

        var sessionId = await services.GetRequiredService<BrowserSessions>().StartAsync(userId, context.HttpContext.RequestAborted);
        context.Properties.Items[PropertyKey] = sessionId.ToString();
    }

    public static Guid? SessionIdOf(AuthenticationProperties properties) =>
        properties.Items.TryGetValue(PropertyKey, out var value) && Guid.TryParse(value, out var id) ? id : null;

    public async Task<Guid> StartAsync(Guid userId, CancellationToken cancellationToken)
    {
        var session = new BrowserSession { Id = Guid.CreateVersion7(), UserId = userId, StartedAt = clock.GetUtcNow() };
        db.BrowserSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return session.Id;
    }

    public async Task EndAsync(Guid sessionId, CancellationToken cancellationToken) =>
        await db.BrowserSessions.Where(s => s.Id == sessionId && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, clock.GetUtcNow()), cancellationToken);

    /// <returns>how many sessions it ended</returns>
    public async Task<int> EndOthersAsync(Guid userId, Guid? keep, CancellationToken cancellationToken) =>
        await db.BrowserSessions.Where(s => s.UserId == userId && s.EndedAt == null && (keep == null || s.Id != keep.Value))
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, clock.GetUtcNow()), cancellationToken);
}
