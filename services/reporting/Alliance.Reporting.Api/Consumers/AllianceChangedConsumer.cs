using Alliance.Contracts.Membership;
using Alliance.Messaging.Inbox;
using Alliance.Reporting.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Reporting.Api.Consumers;

/// <summary>Keeps reporting's roster copy of an alliance current.</summary>
public sealed class AllianceChangedConsumer(ReportingDbContext db, TimeProvider clock)
    : InboxConsumer<AllianceChanged, ReportingDbContext>(db, clock)
{
    protected override async Task ApplyAsync(AllianceChanged message, CancellationToken cancellationToken)
    {
        var alliance = await Db.Alliances.SingleOrDefaultAsync(a => a.Id == message.AllianceId, cancellationToken);
        if (alliance is null)
        {
            alliance = new RosterAlliance
            {
                Id = message.AllianceId, Code = message.Code, Name = message.Name, HostInstitution = message.HostInstitution,
                DomainCode = message.DomainCode, PiUserName = message.PiUserName, RegisteredAt = message.OccurredAt,
            };
            Db.Alliances.Add(alliance);
        }
        else if (alliance.SourceVersion > message.Version)
        {
            return;
        }

        alliance.Code = message.Code;
        alliance.Name = message.Name;
        alliance.HostInstitution = message.HostInstitution;
        alliance.DomainCode = message.DomainCode;
        alliance.Phase = message.Phase;
        alliance.YearInPhase = message.YearInPhase;
        alliance.PiUserName = message.PiUserName;
        alliance.SourceVersion = message.Version;
    }
}
