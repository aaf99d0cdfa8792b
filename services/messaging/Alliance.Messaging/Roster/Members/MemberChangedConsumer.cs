using Alliance.Contracts.Membership;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Messaging.Roster.Members;

public sealed class MemberChangedConsumer<TDb>(TDb db, TimeProvider clock, IEnumerable<IMemberCopyObserver<TDb>> observers)
    : MemberConsumer<MemberChanged, TDb>(db, clock, observers)
    where TDb : DbContext
{
    protected override Guid MemberOf(MemberChanged message) => message.Member.MemberId;

    protected override RosterMember Merge(RosterMember? held, MemberChanged message) => MemberRules.Apply(held, message);
}
