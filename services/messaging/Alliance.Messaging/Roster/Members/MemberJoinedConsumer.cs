using Alliance.Contracts.Membership;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Messaging.Roster.Members;

public sealed class MemberJoinedConsumer<TDb>(TDb db, TimeProvider clock, IEnumerable<IMemberCopyObserver<TDb>> observers)
    : MemberConsumer<MemberJoined, TDb>(db, clock, observers)
    where TDb : DbContext
{
    protected override Guid MemberOf(MemberJoined message) => message.Member.MemberId;

    protected override RosterMember Merge(RosterMember? held, MemberJoined message) => MemberRules.Apply(held, message);
}
