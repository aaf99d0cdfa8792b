using Alliance.Gateway.Data;
using Alliance.Gateway.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Gateway.Auth;

/// <summary>A user's current roles and alliances, read fresh for every request.</summary>
public sealed record UserScope(Guid UserId, string UserName, IReadOnlyList<string> Roles, IReadOnlyList<Guid> Alliances, long ScopeVersion)
{
    public bool IsIn(string role) => Roles.Contains(role);
}

/// <summary>
/// Resolves scope: a PI's alliances are those whose <c>piUserName</c> names the account; an
/// assistant's, the approved registrations; a reviewer's, the assignments. Officers and centre
/// administrators read everything, which services know from the role. A terminated alliance stays in
/// scope: its PI and assistants still read its records, and membership refuses changes to it (422).
/// </summary>
public sealed class ScopeResolver(GatewayDbContext db, UserManager<GatewayUser> users)
{
    public async Task<UserScope?> ResolveAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null || user.Disabled)
        {
            return null;
        }

        var roles = (await users.GetRolesAsync(user)).Order().ToArray();
        var alliances = new HashSet<Guid>();
        if (roles.Contains(GatewayRoles.Pi))
        {
            alliances.UnionWith(await db.Alliances.Where(a => a.PiUserName == user.UserName).Select(a => a.AllianceId).ToListAsync(cancellationToken));
        }

        if (roles.Contains(GatewayRoles.Assistant))
        {
            alliances.UnionWith(await db.Registrations.Where(r => r.UserId == userId && r.Status == RegistrationStatus.Approved).Select(r => r.AllianceId).ToListAsync(cancellationToken));
        }

        if (roles.Contains(GatewayRoles.Reviewer))
        {
            alliances.UnionWith(await db.ReviewerAssignments.Where(a => a.UserId == userId).Select(a => a.AllianceId).ToListAsync(cancellationToken));
        }

        var ordered = alliances.Order().ToArray();
        return new UserScope(user.Id, user.UserName!, roles, ordered, ScopeVersionOf(user.ScopeVersion, roles, ordered));
    }

    /// <summary>A number that changes whenever the account's scope does, for caching tokens per scope.</summary>
    private static long ScopeVersionOf(long accountVersion, IEnumerable<string> roles, IEnumerable<Guid> alliances)
    {
        var hash = new HashCode();
        hash.Add(accountVersion);
        foreach (var role in roles)
        {
            hash.Add(role);
        }

        foreach (var alliance in alliances)
        {
            hash.Add(alliance);
        }

        return ((long)accountVersion << 32) ^ (uint)hash.ToHashCode();
    }
}
