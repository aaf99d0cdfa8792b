using Alliance.Contracts;
using Alliance.Messaging.Inbox;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Messaging.Roster.People;

/// <summary>
/// Applies an approval or a withdrawal to the copy with <see cref="PeopleRules"/>, under a lock on the row of
/// the account and alliance, so the two, taken from their own queues at once, merge one after the other.
/// </summary>
public abstract class AssistantApprovalConsumer<TEvent, TDb>(TDb db, TimeProvider clock) : InboxConsumer<TEvent, TDb>(db, clock)
    where TEvent : class, IIntegrationEvent
    where TDb : DbContext
{
    private const string LockRow = "SELECT * FROM " + PeopleModel.ApprovalsTable + " WHERE user_id = {0} AND alliance_id = {1} FOR UPDATE";

    protected abstract (Guid UserId, Guid AllianceId) KeyOf(TEvent message);

    protected abstract AssistantApproval Merge(AssistantApproval? held, TEvent message);

    protected override async Task ApplyAsync(TEvent message, CancellationToken cancellationToken)
    {
        var (userId, allianceId) = KeyOf(message);
        var held = (await Db.Set<AssistantApproval>().FromSqlRaw(LockRow, userId, allianceId).ToListAsync(cancellationToken)).SingleOrDefault();
        var merged = Merge(held, message);
        if (held is null)
        {
            // Two first copies at once collide on the key; MassTransit's retry then merges into the winner's row.
            Db.Add(merged);
        }
        else
        {
            Db.Entry(held).CurrentValues.SetValues(merged);
        }
    }
}
