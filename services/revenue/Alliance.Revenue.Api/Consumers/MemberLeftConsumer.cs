using Alliance.Contracts.Membership;
using Alliance.Messaging.Inbox;
using Alliance.Revenue.Api.Data;

namespace Alliance.Revenue.Api.Consumers;

/// <summary>Marks a removed member's copy as a member of nothing and re-checks the entries naming it.</summary>
public sealed class MemberLeftConsumer(RevenueDbContext db, TimeProvider clock)
    : InboxConsumer<MemberLeft, RevenueDbContext>(db, clock)
{
    private readonly TimeProvider _clock = clock;

    protected override Task ApplyAsync(MemberLeft message, CancellationToken cancellationToken) =>
        MemberCopies.ApplyLeftAsync(Db, message, _clock.GetUtcNow(), cancellationToken);
}
