using Alliance.Contracts;
using Alliance.Messaging.Inbox;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Messaging.Roster;

/// <summary>
/// Applies one alliance event to the copy with <see cref="RosterRules"/>, under a lock on the alliance's
/// row, so two events of one alliance taken from different queues at once merge one after the other; then
/// tells the service's <see cref="IRosterCopyObserver{TDb}"/>s when the copy changed.
/// </summary>
public abstract class RosterConsumer<TEvent, TDb>(TDb db, TimeProvider clock, IEnumerable<IRosterCopyObserver<TDb>> observers)
    : InboxConsumer<TEvent, TDb>(db, clock)
    where TEvent : class, IIntegrationEvent
    where TDb : DbContext
{
    private const string LockRow = "SELECT * FROM " + RosterModel.Table + " WHERE alliance_id = {0} FOR UPDATE";

    protected abstract Guid AllianceOf(TEvent message);

    protected abstract RosterAlliance Merge(RosterAlliance? held, TEvent message);

    protected override async Task ApplyAsync(TEvent message, CancellationToken cancellationToken)
    {
        var held = (await Db.Set<RosterAlliance>().FromSqlRaw(LockRow, AllianceOf(message)).ToListAsync(cancellationToken)).SingleOrDefault();
        // The tracked row takes the merged values below; the observers are shown it as it was.
        var before = held is null ? null : held with { };
        var merged = Merge(held, message);
        if (merged == before)
        {
            return;
        }

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

        foreach (var observer in observers)
        {
            await observer.CopyChangedAsync(Db, before, merged, cancellationToken);
        }
    }
}
