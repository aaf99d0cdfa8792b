using Alliance.Gateway.Apis;
using Alliance.Gateway.Data;
using Alliance.Gateway.Identity;
using Alliance.Gateway.Web.Services;

namespace Alliance.Gateway.Components;

/// <summary>
/// Lends the pages the account list the gateway holds, so a centre administrator picks a visit's reviewer from the
/// reviewer accounts instead of typing a name. Only a centre administrator may read it, as on the accounts API.
/// </summary>
public sealed class GatewayAccountDirectory(AccountCalls calls) : IAccountDirectory
{
    public async Task<IReadOnlyList<AccountEntry>> AccountsAsync(CancellationToken cancellationToken) =>
        await calls.RunAsync<AccountEntry[]>(async (services, caller) =>
        {
            if (!caller.IsInRole(GatewayRoles.CentreAdmin))
            {
                return [];
            }

            var users = await UsersApi.ListUsers(services.GetRequiredService<GatewayDbContext>(), services.GetRequiredService<TimeProvider>(), cancellationToken);
            return users.Value!.Select(u => new AccountEntry(u.UserName, u.DisplayName, u.Roles, u.Disabled)).ToArray();
        }) ?? [];
}
