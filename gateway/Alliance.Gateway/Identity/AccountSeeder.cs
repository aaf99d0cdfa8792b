using Alliance.Gateway.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Gateway.Identity;

/// <summary>
/// Creates the five roles and, once only, the first administrator (<c>admin</c>, centre-admin) with
/// the password the AppHost hands over (published like any new account); an existing administrator is never touched.
/// </summary>
internal static class AccountSeeder
{
    public const string AdminUserName = "admin";
    public const string AdminPasswordKey = "Alliance:AdminPassword";

    public static async Task SeedAccountsAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<GatewayDbContext>().Database.MigrateAsync();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        foreach (var role in GatewayRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role));
            }
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<GatewayUser>>();
        if (await users.FindByNameAsync(AdminUserName) is not null)
        {
            return;
        }

        var password = app.Configuration[AdminPasswordKey];
        if (string.IsNullOrWhiteSpace(password))
        {
            throw new InvalidOperationException($"There is no administrator yet and no first password ({AdminPasswordKey}) was given.");
        }

        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var admin = new GatewayUser
        {
            UserName = AdminUserName,
            DisplayName = "系統管理員 Administrator",
            CreatedAt = clock.GetUtcNow(),
        };
        var db = scope.ServiceProvider.GetRequiredService<GatewayDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        IdentityErrors.ThrowIfFailed(await users.CreateAsync(admin, password));
        IdentityErrors.ThrowIfFailed(await users.AddToRoleAsync(admin, GatewayRoles.CentreAdmin));
        await AccountEvents.AccountChangedAsync(db, admin, clock, CancellationToken.None);
        await transaction.CommitAsync();
    }
}
