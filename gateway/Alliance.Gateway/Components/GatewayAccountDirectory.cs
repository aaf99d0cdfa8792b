using Alliance.Gateway.Data;
using Alliance.Gateway.Identity;
using Alliance.Gateway.Web.Services;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Gateway.Components;

/// <summary>
/// Lends the pages the reviewer accounts the gateway holds, so a centre administrator picks a visit's reviewer from them
/// instead of typing a name. Only a centre administrator may read them, as on the accounts API; the query reads the
/// enabled reviewers alone, not every account with its roles and assignments.
/// </summary>
public sealed class GatewayAccountDirectory(AccountCalls calls) : IAccountDirectory
{
    public async Task<IReadOnlyList<AccountEntry>> ReviewersAsync(CancellationToken cancellationToken) =>
        await calls.RunAsync<AccountEntry[]>(async (services, caller) =>
        {
            if (!caller.IsInRole(GatewayRoles.CentreAdmin))
            {
                return [];
            }

            var db = services.GetRequiredService<GatewayDbContext>();
            return await (from user in db.Users.AsNoTracking()
                          join userRole in db.UserRoles on user.Id equals userRole.UserId
                          join role in db.Roles on userRole.RoleId equals role.Id
                          where role.Name == GatewayRoles.Reviewer && !user.Disabled
                          orderby user.UserName
                          select new AccountEntry(user.UserName!, user.DisplayName, new[] { GatewayRoles.Reviewer }, user.Disabled))
                .ToArrayAsync(cancellationToken);
        }) ?? [];
}
