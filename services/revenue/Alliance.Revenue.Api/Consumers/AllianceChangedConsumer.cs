using Alliance.Contracts.Membership;
using Alliance.Messaging.Inbox;
using Alliance.Revenue.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Revenue.Api.Consumers;

/// <summary>Keeps revenue's roster copy of an alliance current; an older state is ignored.</summary>
public sealed class AllianceChangedConsumer(RevenueDbContext db, TimeProvider clock)
    : InboxConsumer<AllianceChanged, RevenueDbContext>(db, clock)
{
    protected override async Task ApplyAsync(AllianceChanged message, CancellationToken cancellationToken)
    {
        var alliance = await Db.Alliances.SingleOrDefaultAsync(a => a.Id == message.AllianceId, cancellationToken);
        if (alliance is null)
        {
            alliance = new RosterAlliance { Id = message.AllianceId, Code = message.Code, Name = message.Name };
            Db.Alliances.Add(alliance);
        }
        else if (alliance.SourceVersion > message.Version)
        {
            return;
        }

        alliance.Code = message.Code;
        alliance.Name = message.Name;
        alliance.SourceVersion = message.Version;
    }
}
