using Alliance.Contracts;
using Alliance.Messaging.Inbox;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Messaging.Roster.Members;

/// <summary>
/// Applies one member event to the copy with <see cref="MemberRules"/>, under a lock on the member, then
/// tells the service's <see cref="IMemberCopyObserver{TDb}"/>s when the copy changed.
/// </summary>
public abstract class MemberConsumer<TEvent, TDb>(TDb db, TimeProvider clock, IEnumerable<IMemberCopyObserver<TDb>> observers)
    : InboxConsumer<TEvent, TDb>(db, clock)
    where TEvent : class, IIntegrationEvent
    where TDb : DbContext
{
    protected abstract Guid MemberOf(TEvent message);

    protected abstract RosterMember Merge(RosterMember? held, TEvent message);

    protected override async Task ApplyAsync(TEvent message, CancellationToken cancellationToken)
    {
        var memberId = MemberOf(message);
        // MemberJoined, MemberChanged and MemberLeft arrive on their own queues and are consumed side by side:
        // without the lock, two of them could both find no copy and both insert it (one failing on the key).
        await MemberLocks.LockAsync(Db, memberId, cancellationToken);
        var held = await Db.Set<RosterMember>().SingleOrDefaultAsync(m => m.Id == memberId, cancellationToken);
        // The tracked row takes the merged values below; the observers are shown it as it was.
        var before = held is null ? null : held with { };
        var merged = Merge(held, message);
        if (merged == before)
        {
            return;
        }

        if (held is null)
        {
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
