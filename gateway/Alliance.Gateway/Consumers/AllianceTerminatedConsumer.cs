using Alliance.Contracts.Membership;
using Alliance.Gateway.Data;
using Alliance.Messaging.Inbox;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Gateway.Consumers;

/// <summary>No one can register as an assistant of a terminated alliance any more; its PI and assistants keep reading it.</summary>
public sealed class AllianceTerminatedConsumer(GatewayDbContext db, TimeProvider clock)
    : InboxConsumer<AllianceTerminated, GatewayDbContext>(db, clock)
{
    protected override async Task ApplyAsync(AllianceTerminated message, CancellationToken cancellationToken)
    {
        var link = await Db.Alliances.SingleOrDefaultAsync(a => a.AllianceId == message.AllianceId, cancellationToken);
        if (link is not null)
        {
            link.Terminated = true;
        }
    }
}
