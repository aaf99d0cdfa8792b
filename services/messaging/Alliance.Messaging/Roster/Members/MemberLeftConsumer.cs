using Alliance.Contracts.Membership;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Messaging.Roster.Members;

public sealed class MemberLeftConsumer<TDb>(TDb db, TimeProvider clock, IEnumerable<IMemberCopyObserver<TDb>> observers)
    : MemberConsumer<MemberLeft, TDb>(db, clock, observers)
    where TDb : DbContext
{
    protected override Guid MemberOf(MemberLeft message) => message.MemberId;

    protected override RosterMember Merge(RosterMember? held, MemberLeft message) => MemberRules.Apply(held, message);
}
