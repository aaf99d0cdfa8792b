using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Alliance.Gateway.Auth;

/// <summary>Writes every refusal of the gateway's own endpoints to the audit log, then answers as usual.</summary>
public sealed class AuditedAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden || authorizeResult.Challenged)
        {
            await context.RequestServices.GetRequiredService<AuditLog>().WriteAsync(
                context.User.UserName(), AuditActions.Denied, authorizeResult.Forbidden ? "Forbidden" : "Unauthenticated",
                subject: $"{context.Request.Method} {context.Request.Path}", cancellationToken: context.RequestAborted);
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
