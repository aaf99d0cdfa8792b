using Alliance.Contracts.Membership;
using Alliance.Messaging.Inbox;
using Alliance.Revenue.Api.Data;

namespace Alliance.Revenue.Api.Consumers;

/// <summary>Copies a new member and checks the entries that were waiting for it.</summary>
public sealed class MemberJoinedConsumer(RevenueDbContext db, TimeProvider clock)
    : InboxConsumer<MemberJoined, RevenueDbContext>(db, clock)
{
    private readonly TimeProvider _clock = clock;

    protected override Task ApplyAsync(MemberJoined message, CancellationToken cancellationToken) =>
        MemberCopies.ApplyAsync(Db, message.Member, _clock.GetUtcNow(), cancellationToken);
}
