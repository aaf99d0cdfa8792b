using Alliance.Contracts.Membership;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Messaging.Roster;

public sealed class AllianceTerminatedConsumer<TDb>(TDb db, TimeProvider clock, IEnumerable<IRosterCopyObserver<TDb>> observers)
    : RosterConsumer<AllianceTerminated, TDb>(db, clock, observers)
    where TDb : DbContext
{
    protected override Guid AllianceOf(AllianceTerminated message) => message.AllianceId;

    protected override RosterAlliance Merge(RosterAlliance? held, AllianceTerminated message) => RosterRules.Apply(held, message);
}
