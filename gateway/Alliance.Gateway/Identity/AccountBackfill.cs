using Alliance.Contracts.Accounts;
using Alliance.Gateway.Data;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Gateway.Identity;

/// <summary>
/// Publishes, once, what an install from before the account events holds and never published: accounts
/// without an AccountChanged and approved registrations without an AssistantApproved. The outbox keeps the
/// events it sent, so it is the record of what was published (the version cannot be: the migration that
/// added it set every existing account to 1, as a published new account has).
/// </summary>
/// <remarks>
/// Each account is handled in a transaction of its own, under its row lock (<see cref="AccountEvents.LockAsync"/>),
/// and checked again under that lock: a second gateway doing the same at the same moment, or a change made
/// through the API meanwhile, finds the event written and adds none. Events go through <see cref="AccountEvents"/>,
/// so they take the account's next versions like any other.
/// </remarks>
public sealed class AccountBackfill(GatewayDbContext db, TimeProvider clock)
{
    private static readonly string AccountChangedType = typeof(AccountChanged).FullName!;
    private static readonly string AssistantApprovedType = typeof(AssistantApproved).FullName!;
    private static readonly string Approved = nameof(RegistrationStatus.Approved);

    /// <summary>Writes the missing events to the outbox; returns how many it wrote (0 once all is published).</summary>
    public async Task<int> PublishUnpublishedAsync(CancellationToken cancellationToken)
    {
        var written = 0;
        foreach (var userId in await UnpublishedAccountsAsync(cancellationToken))
        {
            written += await PublishAccountAsync(userId, cancellationToken);
        }

        return written;
    }

    private async Task<int> PublishAccountAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var user = await AccountEvents.LockAsync(db, userId, cancellationToken);
        var written = 0;
        if (!await AccountPublishedAsync(userId, cancellationToken))
        {
            await AccountEvents.AccountChangedAsync(db, user, clock, cancellationToken);
            written++;
        }

        var unpublished = await UnpublishedApprovalsOf(userId).ToListAsync(cancellationToken);
        var approvals = await (from registration in db.Registrations
                               where unpublished.Contains(registration.Id)
                               join known in db.Alliances on registration.AllianceId equals known.Id into alliances
                               from alliance in alliances.DefaultIfEmpty()
                               orderby registration.DecidedAt, registration.Id
                               select new { registration, Code = alliance == null ? "" : alliance.Code })
            .ToListAsync(cancellationToken);
        foreach (var approval in approvals)
        {
            await AccountEvents.AssistantApprovedAsync(db, user, approval.registration, approval.Code, clock, cancellationToken);
            written++;
        }

        await transaction.CommitAsync(cancellationToken);
        return written;
    }

    private Task<List<Guid>> UnpublishedAccountsAsync(CancellationToken cancellationToken) =>
        db.Database.SqlQuery<Guid>($"""
            SELECT u.id AS "Value" FROM "AspNetUsers" u
            WHERE NOT EXISTS (SELECT 1 FROM outbox_messages o WHERE o.message_type = {AccountChangedType} AND o.payload->>'userId' = u.id::text)
            UNION
            SELECT r.user_id FROM assistant_registrations r JOIN "AspNetUsers" u ON u.id = r.user_id
            WHERE r.status = {Approved}
              AND NOT EXISTS (SELECT 1 FROM outbox_messages o WHERE o.message_type = {AssistantApprovedType} AND o.payload->>'registrationId' = r.id::text)
            """).ToListAsync(cancellationToken);

    private Task<bool> AccountPublishedAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<bool>($"""
            SELECT EXISTS (SELECT 1 FROM outbox_messages o WHERE o.message_type = {AccountChangedType} AND o.payload->>'userId' = {userId.ToString()}) AS "Value"
            """).SingleAsync(cancellationToken);

    private IQueryable<Guid> UnpublishedApprovalsOf(Guid userId) =>
        db.Database.SqlQuery<Guid>($"""
            SELECT r.id AS "Value" FROM assistant_registrations r
            WHERE r.user_id = {userId} AND r.status = {Approved}
              AND NOT EXISTS (SELECT 1 FROM outbox_messages o WHERE o.message_type = {AssistantApprovedType} AND o.payload->>'registrationId' = r.id::text)
            """);
}
