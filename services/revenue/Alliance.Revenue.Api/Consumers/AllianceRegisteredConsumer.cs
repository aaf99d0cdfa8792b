using Alliance.Contracts.Membership;
using Alliance.Messaging.Inbox;
using Alliance.Revenue.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Revenue.Api.Consumers;

/// <summary>Adds a newly registered alliance to revenue's roster.</summary>
public sealed class AllianceRegisteredConsumer(RevenueDbContext db, TimeProvider clock)
    : InboxConsumer<AllianceRegistered, RevenueDbContext>(db, clock)
{
    protected override async Task ApplyAsync(AllianceRegistered message, CancellationToken cancellationToken)
    {
        if (await Db.Alliances.AnyAsync(a => a.Id == message.AllianceId, cancellationToken))
        {
            return;
        }

        Db.Alliances.Add(new RosterAlliance { Id = message.AllianceId, Code = message.Code, Name = message.Name });
    }
}
