using Alliance.Contracts.Membership;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Messaging.Roster;

public sealed class AllianceRegisteredConsumer<TDb>(TDb db, TimeProvider clock, IEnumerable<IRosterCopyObserver<TDb>> observers)
    : RosterConsumer<AllianceRegistered, TDb>(db, clock, observers)
    where TDb : DbContext
{
    protected override Guid AllianceOf(AllianceRegistered message) => message.AllianceId;

    protected override RosterAlliance Merge(RosterAlliance? held, AllianceRegistered message) => RosterRules.Apply(held, message);
}
