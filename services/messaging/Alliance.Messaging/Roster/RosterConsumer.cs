using Alliance.Contracts;
using Alliance.Messaging.Inbox;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Messaging.Roster;

/// <summary>
/// Applies one alliance event to the copy with <see cref="RosterRules"/>, under a lock on the alliance's
/// row, so two events of one alliance taken from different queues at once merge one after the other.
/// </summary>
public abstract class RosterConsumer<TEvent, TDb>(TDb db, TimeProvider clock) : InboxConsumer<TEvent, TDb>(db, clock)
    where TEvent : class, IIntegrationEvent
    where TDb : DbContext
{
    private const string LockRow = "SELECT * FROM " + RosterModel.Table + " WHERE alliance_id = {0} FOR UPDATE";

    protected abstract Guid AllianceOf(TEvent message);

    protected abstract RosterAlliance Merge(RosterAlliance? held, TEvent message);

    protected override async Task ApplyAsync(TEvent message, CancellationToken cancellationToken)
    {
        var held = (await Db.Set<RosterAlliance>().FromSqlRaw(LockRow, AllianceOf(message)).ToListAsync(cancellationToken)).SingleOrDefault();
        var merged = Merge(held, message);
        if (held is null)
        {
            // A first copy written at the same moment by another event's consumer fails this insert on the
            // key; MassTransit's retry then finds that row and merges into it.
            Db.Add(merged);
        }
        else
        {
            Db.Entry(held).CurrentValues.SetValues(merged);
        }
    }
}
