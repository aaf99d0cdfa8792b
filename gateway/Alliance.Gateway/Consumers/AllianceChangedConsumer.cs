using Alliance.Contracts.Membership;
using Alliance.Gateway.Data;
using Alliance.Messaging.Inbox;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Gateway.Consumers;

/// <summary>Follows a change of an alliance's PI (or name): the new PI's scope includes it from the next request on.</summary>
public sealed class AllianceChangedConsumer(GatewayDbContext db, TimeProvider clock)
    : InboxConsumer<AllianceChanged, GatewayDbContext>(db, clock)
{
    protected override async Task ApplyAsync(AllianceChanged message, CancellationToken cancellationToken)
    {
        var link = await Db.Alliances.SingleOrDefaultAsync(a => a.AllianceId == message.AllianceId, cancellationToken);
        if (link is null)
        {
            link = new AllianceLink { AllianceId = message.AllianceId, Code = message.Code, Name = message.Name, PiUserName = message.PiUserName };
            Db.Alliances.Add(link);
        }
        else if (link.SourceVersion > message.Version)
        {
            return;
        }

        link.Code = message.Code;
        link.Name = message.Name;
        link.PiUserName = message.PiUserName;
        link.SourceVersion = message.Version;
    }
}
