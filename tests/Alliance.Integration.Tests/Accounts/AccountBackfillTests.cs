using Alliance.Contracts.Accounts;
using Alliance.Integration.Tests.Infrastructure;
using Alliance.Integration.Tests.Messaging;
using Alliance.Messaging.Roster.People;
using Alliance.ServiceDefaults;
using Npgsql;

namespace Alliance.Integration.Tests.Accounts;

/// <summary>
/// An install from before the account events holds accounts and approvals nobody published. The gateway
/// publishes them once (at start-up, then on a timer the test run shortens), and the copies of the people
/// learn them.
/// </summary>
public sealed class AccountBackfillTests(SystemFixture system)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Backfill_AccountAndApprovalNeverPublished_ArePublishedOnceAndReachEveryCopy()
    {
        var alliance = await TestAlliances.RegisterAsync(system, SystemFixture.SharedPiUserName);
        var old = await PlantOldAccountAsync("舊系統助理", approvedOn: alliance.Id);
        var copies = new PeopleCopies(system);

        foreach (var database in PeopleCopies.Databases)
        {
            var person = await Eventually.Until(() => copies.PersonAsync(database, old.UserId), p => p is not null, Patience, $"{database} to learn of {old.UserName}");
            Assert.Equal(new RosterPerson
            {
                UserId = old.UserId, UserName = old.UserName, DisplayName = "舊系統助理", Email = $"{old.UserName}@example.org",
                Roles = ["assistant"], Disabled = false, Version = 2,
            }, person);
            var approval = await Eventually.Until(() => copies.ApprovalAsync(database, old.UserId, alliance.Id), a => a is not null, Patience, $"{database} to learn of the approval");
            Assert.Equal(new AssistantApproval
            {
                UserId = old.UserId, AllianceId = alliance.Id, UserName = old.UserName, AllianceCode = alliance.Code,
                RegistrationId = old.RegistrationId!.Value, Approved = true, Version = 3,
            }, approval);
        }

        // A later account is published by a later pass, which found the first one published already.
        var later = await PlantOldAccountAsync("另一位舊帳號", approvedOn: null);
        await Eventually.Until(() => copies.PersonAsync(ResourceNames.ReportingDb, later.UserId), p => p is not null, Patience, $"reporting to learn of {later.UserName}");

        var published = await GatewayOutbox.OfAccountAsync(system, old.UserName);
        Assert.Equal([(nameof(AccountChanged), 2L), (nameof(AssistantApproved), 3L)], published.Select(e => (e.Type, e.Version)));
    }

    private sealed record OldAccount(Guid UserId, string UserName, Guid? RegistrationId);

    /// <summary>An assistant's account (and, when <paramref name="approvedOn"/> is given, its approval there) as an install from before the account events holds it: at version 1, with nothing in the outbox.</summary>
    private async Task<OldAccount> PlantOldAccountAsync(string displayName, Guid? approvedOn)
    {
        var account = new OldAccount(Guid.CreateVersion7(), TestAccounts.UniqueName("old"), approvedOn is null ? null : Guid.CreateVersion7());
        await using var connection = new NpgsqlConnection(await system.ConnectionStringAsync(ResourceNames.GatewayDb));
        await connection.OpenAsync(Cancel);
        await using var transaction = await connection.BeginTransactionAsync(Cancel);
        await using var command = new NpgsqlCommand("""
            INSERT INTO "AspNetUsers" (id, user_name, normalized_user_name, email, normalized_email, display_name, disabled, scope_version,
                last_totp_step, created_at, version, email_confirmed, security_stamp, concurrency_stamp, phone_number_confirmed,
                two_factor_enabled, lockout_enabled, access_failed_count)
            VALUES (@id, @name, upper(@name), @email, upper(@email), @display, false, 1, 0, now(), 1, false, @stamp, @stamp, false, false, true, 0);
            INSERT INTO "AspNetUserRoles" (user_id, role_id) SELECT @id, id FROM "AspNetRoles" WHERE name = 'assistant';
            INSERT INTO assistant_registrations (id, user_id, user_name, alliance_id, status, requested_at, decided_at, decided_by)
            SELECT @registration, @id, @name, @alliance, 'Approved', now(), now(), @pi WHERE @alliance IS NOT NULL;
            """, connection, transaction);
        command.Parameters.AddWithValue("id", account.UserId);
        command.Parameters.AddWithValue("name", account.UserName);
        command.Parameters.AddWithValue("email", $"{account.UserName}@example.org");
        command.Parameters.AddWithValue("display", displayName);
        command.Parameters.AddWithValue("stamp", Guid.NewGuid().ToString("N"));
        command.Parameters.Add(new NpgsqlParameter("registration", NpgsqlTypes.NpgsqlDbType.Uuid) { Value = (object?)account.RegistrationId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("alliance", NpgsqlTypes.NpgsqlDbType.Uuid) { Value = (object?)approvedOn ?? DBNull.Value });
        command.Parameters.AddWithValue("pi", SystemFixture.SharedPiUserName);
        await command.ExecuteNonQueryAsync(Cancel);
        await transaction.CommitAsync(Cancel);
        return account;
    }
}
