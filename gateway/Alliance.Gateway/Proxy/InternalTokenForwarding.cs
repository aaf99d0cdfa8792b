using System.Net;
using System.Net.Http.Headers;
using Alliance.Gateway.Auth;
using Yarp.ReverseProxy.Transforms;
using Yarp.ReverseProxy.Transforms.Builder;

namespace Alliance.Gateway.Proxy;

/// <summary>
/// What crosses the gateway: nothing the client claims about itself (its credentials, cookies and
/// any identity header are stripped), and, for a signed-in caller, an internal token the gateway
/// signs for that service alone, carrying the caller's current roles and alliances.
/// </summary>
public static class InternalTokenForwarding
{
    /// <summary>Request headers a client might use to pass itself off as someone; never forwarded.</summary>
    public static readonly string[] StrippedHeaders =
    [
        "Authorization", "Cookie", "X-User", "X-User-Id", "X-User-Name", "X-Roles", "X-Alliances",
        "X-Forwarded-User", "X-Remote-User", "X-Authenticated-User", "X-Ms-Client-Principal",
    ];

    public static void Apply(TransformBuilderContext context)
    {
        var audience = context.Cluster?.ClusterId ?? throw new InvalidOperationException("Every route has a cluster.");
        context.AddRequestTransform(transform => AttachAsync(transform, audience));
        context.AddResponseTransform(AuditDenialAsync);
    }

    private static async ValueTask AttachAsync(RequestTransformContext transform, string audience)
    {
        var headers = transform.ProxyRequest.Headers;
        foreach (var header in StrippedHeaders)
        {
            headers.Remove(header);
        }

        foreach (var name in headers.Select(h => h.Key).Where(name => name.StartsWith("X-Alliance-", StringComparison.OrdinalIgnoreCase)).ToArray())
        {
            headers.Remove(name);
        }

        var http = transform.HttpContext;
        if (http.User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        var token = await http.RequestServices.GetRequiredService<InternalTokenMinter>().MintAsync(http.User.UserId(), audience, http.RequestAborted);
        if (token is null)
        {
            return;
        }

        headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    private static async ValueTask AuditDenialAsync(ResponseTransformContext transform)
    {
        if (transform.ProxyResponse?.StatusCode != HttpStatusCode.Forbidden)
        {
            return;
        }

        var http = transform.HttpContext;
        await http.RequestServices.GetRequiredService<AuditLog>().WriteAsync(
            http.User.UserName(), AuditActions.Denied, "Forbidden",
            subject: $"{http.Request.Method} {http.Request.Path}", cancellationToken: http.RequestAborted);
    }
}
