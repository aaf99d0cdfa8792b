using Alliance.Contracts.Membership;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Messaging.Roster;

public sealed class AllianceChangedConsumer<TDb>(TDb db, TimeProvider clock, IEnumerable<IRosterCopyObserver<TDb>> observers)
    : RosterConsumer<AllianceChanged, TDb>(db, clock, observers)
    where TDb : DbContext
{
    protected override Guid AllianceOf(AllianceChanged message) => message.AllianceId;

    protected override RosterAlliance Merge(RosterAlliance? held, AllianceChanged message) => RosterRules.Apply(held, message);
}
