using Alliance.Contracts.Membership;
using Alliance.Messaging.Inbox;
using Alliance.Revenue.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Revenue.Api.Consumers;

/// <summary>Marks an alliance terminated in revenue's roster: its records stay readable, writes are refused.</summary>
public sealed class AllianceTerminatedConsumer(RevenueDbContext db, TimeProvider clock)
    : InboxConsumer<AllianceTerminated, RevenueDbContext>(db, clock)
{
    protected override async Task ApplyAsync(AllianceTerminated message, CancellationToken cancellationToken)
    {
        var alliance = await Db.Alliances.SingleOrDefaultAsync(a => a.Id == message.AllianceId, cancellationToken);
        if (alliance is null)
        {
            Db.Alliances.Add(new RosterAlliance { Id = message.AllianceId, Code = message.Code, Name = message.Code, TerminatedOn = message.TerminatedOn });
            return;
        }

        alliance.TerminatedOn = message.TerminatedOn;
    }
}
