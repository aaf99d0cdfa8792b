using Alliance.Contracts.Membership;
using Alliance.Messaging.Inbox;
using Alliance.Revenue.Api.Data;

namespace Alliance.Revenue.Api.Consumers;

/// <summary>Updates a member copy and re-checks the entries naming it (flagging or accepting them again).</summary>
public sealed class MemberChangedConsumer(RevenueDbContext db, TimeProvider clock)
    : InboxConsumer<MemberChanged, RevenueDbContext>(db, clock)
{
    private readonly TimeProvider _clock = clock;

    protected override Task ApplyAsync(MemberChanged message, CancellationToken cancellationToken) =>
        MemberCopies.ApplyAsync(Db, message.Member, _clock.GetUtcNow(), cancellationToken);
}
