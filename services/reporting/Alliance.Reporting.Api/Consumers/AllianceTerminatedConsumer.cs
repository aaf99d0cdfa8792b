using Alliance.Contracts.Membership;
using Alliance.Messaging.Inbox;
using Alliance.Reporting.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Reporting.Api.Consumers;

/// <summary>Marks an alliance terminated in reporting's roster; its reports stay.</summary>
public sealed class AllianceTerminatedConsumer(ReportingDbContext db, TimeProvider clock)
    : InboxConsumer<AllianceTerminated, ReportingDbContext>(db, clock)
{
    protected override async Task ApplyAsync(AllianceTerminated message, CancellationToken cancellationToken)
    {
        var alliance = await Db.Alliances.SingleOrDefaultAsync(a => a.Id == message.AllianceId, cancellationToken);
        if (alliance is not null)
        {
            alliance.TerminatedOn = message.TerminatedOn;
        }
    }
}
