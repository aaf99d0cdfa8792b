using Alliance.Contracts.Accounts;
using Alliance.Gateway.Data;
using Alliance.Messaging.Outbox;
using Alliance.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Gateway.Identity;

/// <summary>
/// The one place the gateway tells the other services who people are: <see cref="AccountChanged"/>,
/// <see cref="AssistantApproved"/> and <see cref="AssistantWithdrawn"/>, written to the gateway's
/// outbox in the transaction of the change they report. That transaction is the caller's and must be
/// open, so a change that is rolled back publishes nothing. Each event takes the account's next
/// <see cref="GatewayUser.Version"/>; the API handlers call these, and the web UI's pages call the
/// handlers, so every path publishes the same way.
/// </summary>
public static class AccountEvents
{
    /// <summary>
    /// Locks the account's row until the transaction ends and reads it again, so a change and its
    /// event see no concurrent one: two changes of one account queue instead of failing half-way.
    /// </summary>
    public static async Task<GatewayUser> LockAsync(GatewayDbContext db, Guid userId, CancellationToken cancellationToken)
    {
        RequireTransaction(db);
        await db.Database.ExecuteSqlAsync($"""SELECT 1 FROM "AspNetUsers" WHERE id = {userId} FOR UPDATE""", cancellationToken);
        var user = await db.Users.SingleAsync(u => u.Id == userId, cancellationToken);
        // A copy this context held from before the lock may be older than the row.
        await db.Entry(user).ReloadAsync(cancellationToken);
        return user;
    }

    /// <summary>Publishes the account's whole state as it now is; call it after the change is saved (roles included).</summary>
    public static async Task AccountChangedAsync(GatewayDbContext db, GatewayUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        RequireTransaction(db);
        var roles = await (from userRole in db.UserRoles
                           join role in db.Roles on userRole.RoleId equals role.Id
                           where userRole.UserId == user.Id
                           select role.Name!).ToListAsync(cancellationToken);
        db.AddEvent(new AccountChanged
        {
            EventId = Guid.CreateVersion7(),
            OccurredAt = clock.GetUtcNow(),
            UserId = user.Id,
            UserName = user.UserName!,
            DisplayName = user.DisplayName,
            Email = user.Email,
            Roles = [.. roles.Order(StringComparer.Ordinal)],
            Disabled = user.Disabled,
            Version = user.NextVersion(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Publishes an approval; <paramref name="assistant"/> is the registration's account, locked (<see cref="LockAsync"/>).</summary>
    public static async Task AssistantApprovedAsync(
        GatewayDbContext db, GatewayUser assistant, AssistantRegistration registration, string allianceCode, TimeProvider clock, CancellationToken cancellationToken)
    {
        RequireTransaction(db);
        db.AddEvent(new AssistantApproved
        {
            EventId = Guid.CreateVersion7(),
            OccurredAt = clock.GetUtcNow(),
            RegistrationId = registration.Id,
            UserId = assistant.Id,
            UserName = assistant.UserName!,
            AllianceId = registration.AllianceId,
            AllianceCode = allianceCode,
            Version = assistant.NextVersion(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Publishes a withdrawal, one per alliance; <paramref name="assistant"/> is the registration's account, locked (<see cref="LockAsync"/>).</summary>
    public static async Task AssistantWithdrawnAsync(
        GatewayDbContext db, GatewayUser assistant, AssistantRegistration registration, string allianceCode, TimeProvider clock, CancellationToken cancellationToken)
    {
        RequireTransaction(db);
        db.AddEvent(new AssistantWithdrawn
        {
            EventId = Guid.CreateVersion7(),
            OccurredAt = clock.GetUtcNow(),
            RegistrationId = registration.Id,
            UserId = assistant.Id,
            UserName = assistant.UserName!,
            AllianceId = registration.AllianceId,
            AllianceCode = allianceCode,
            Version = assistant.NextVersion(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The refusal of a change sent with a version the account no longer has (409).</summary>
    public static void ThrowIfStale(GatewayUser user, long version)
    {
        if (user.Version != version)
        {
            throw VersionCheck.Stale();
        }
    }

    private static void RequireTransaction(GatewayDbContext db)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("An account's event is written in the transaction of its change, and none is open.");
        }
    }
}
