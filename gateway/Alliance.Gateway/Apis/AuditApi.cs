using Alliance.Gateway.Data;
using Alliance.Gateway.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Gateway.Apis;

public static class AuditApi
{
    public static RouteGroupBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth/audit").WithTags("Audit").RequireAuthorization(policy => policy.RequireRole(GatewayRoles.CentreAdmin));
        group.MapGet("/", ListAuditEntries).WithName(nameof(ListAuditEntries)).WithSummary("The newest security events first (centre administrators).");
        return group;
    }

    public static async Task<Ok<AuditEntryResponse[]>> ListAuditEntries(GatewayDbContext db, string? actor, int? take, CancellationToken cancellationToken)
    {
        var query = db.Audit.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(actor))
        {
            query = query.Where(e => e.Actor == actor);
        }

        var entries = await query.OrderByDescending(e => e.Id)
            .Take(Math.Clamp(take ?? 200, 1, 1000))
            .Select(e => new AuditEntryResponse(e.At, e.Actor, e.Action, e.Subject, e.Outcome, e.Detail, e.RemoteAddress))
            .ToArrayAsync(cancellationToken);
        return TypedResults.Ok(entries);
    }
}

public sealed record AuditEntryResponse(DateTimeOffset At, string Actor, string Action, string? Subject, string Outcome, string? Detail, string? RemoteAddress);
