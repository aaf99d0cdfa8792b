using Alliance.Contracts.Membership;
using Alliance.Messaging.Inbox;
using Alliance.Reporting.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Reporting.Api.Consumers;

/// <summary>Adds a newly registered alliance to reporting's roster.</summary>
public sealed class AllianceRegisteredConsumer(ReportingDbContext db, TimeProvider clock)
    : InboxConsumer<AllianceRegistered, ReportingDbContext>(db, clock)
{
    protected override async Task ApplyAsync(AllianceRegistered message, CancellationToken cancellationToken)
    {
        if (await Db.Alliances.AnyAsync(a => a.Id == message.AllianceId, cancellationToken))
        {
            return;
        }

        Db.Alliances.Add(new RosterAlliance
        {
            Id = message.AllianceId,
            Code = message.Code,
            Name = message.Name,
            HostInstitution = message.HostInstitution,
            DomainCode = message.DomainCode,
            Phase = message.Phase,
            YearInPhase = message.YearInPhase,
            PiUserName = message.PiUserName,
            RegisteredAt = message.OccurredAt,
        });
    }
}
