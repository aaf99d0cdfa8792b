using Alliance.Contracts.Membership;
using Alliance.Gateway.Data;
using Alliance.Messaging.Inbox;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Gateway.Consumers;

/// <summary>Keeps the gateway's copy of which account is PI of which alliance.</summary>
public sealed class AllianceRegisteredConsumer(GatewayDbContext db, TimeProvider clock)
    : InboxConsumer<AllianceRegistered, GatewayDbContext>(db, clock)
{
    protected override async Task ApplyAsync(AllianceRegistered message, CancellationToken cancellationToken)
    {
        if (await Db.Alliances.AnyAsync(a => a.AllianceId == message.AllianceId, cancellationToken))
        {
            return;
        }

        Db.Alliances.Add(new AllianceLink
        {
            AllianceId = message.AllianceId,
            Code = message.Code,
            Name = message.Name,
            PiUserName = message.PiUserName,
        });
    }
}
