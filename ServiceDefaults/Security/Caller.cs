using System.Reflection;
using System.Security.Claims;
using Alliance.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http;

namespace Alliance.ServiceDefaults.Security;

/// <summary>
/// The user a request is made for, read from the internal token's claims. Endpoint handlers take
/// it as a parameter (bound from the authenticated user) and ask it what the user may do.
/// </summary>
public sealed class Caller
{
    public Caller(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        UserName = principal.FindFirst(InternalTokenClaims.Subject)?.Value ?? "";
        Roles = principal.FindAll(InternalTokenClaims.Roles).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        // A value that is not a uuid grants nothing rather than failing the request: scope can only narrow.
        Alliances = principal.FindAll(InternalTokenClaims.Alliances)
            .Select(c => Guid.TryParse(c.Value, out var id) ? id : Guid.Empty)
            .Where(id => id != Guid.Empty)
            .ToHashSet();
    }

    /// <summary>The token's <c>sub</c>; empty for an anonymous request.</summary>
    public string UserName { get; }

    public IReadOnlySet<string> Roles { get; }

    /// <summary>The alliances the user belongs to or is assigned to (the <c>alliances</c> claim).</summary>
    public IReadOnlySet<Guid> Alliances { get; }

    /// <summary>Officers and admins read every alliance; everyone else only their own or assigned ones.</summary>
    public bool ReadsEverything => AccessRules.ReadsEverything(Roles);

    /// <summary>The alliances this caller may read, for filtering lists when <see cref="ReadsEverything"/> is false.</summary>
    public IReadOnlyList<Guid> ReadableAlliances => Alliances.Where(id => CanAccessAlliance(id, Access.Read)).ToArray();

    public bool CanAccessAlliance(Guid allianceId, Access access) =>
        AccessRules.CanAccessAlliance(Roles, Alliances.Contains(allianceId), access);

    /// <summary>Throws <see cref="DomainException"/> with <see cref="ErrorCode.Forbidden"/> (403) unless allowed.</summary>
    public void RequireAllianceAccess(Guid allianceId, Access access)
    {
        if (!CanAccessAlliance(allianceId, access))
        {
            var verb = access.HasFlag(Access.Write) ? "change" : "read";
            throw DomainException.Forbidden($"You may not {verb} the records of alliance {allianceId}.");
        }
    }

    /// <summary>Throws <see cref="DomainException"/> with <see cref="ErrorCode.Forbidden"/> (403) unless the caller holds one of <paramref name="roles"/>.</summary>
    public void RequireRole(params string[] roles)
    {
        if (!roles.Any(Roles.Contains))
        {
            throw DomainException.Forbidden($"This needs the role {string.Join(" or ", roles)}.");
        }
    }

    /// <summary>Lets minimal-API handlers declare a <see cref="Caller"/> parameter.</summary>
    public static ValueTask<Caller?> BindAsync(HttpContext context, ParameterInfo parameter) =>
        ValueTask.FromResult<Caller?>(new Caller(context.User));
}
