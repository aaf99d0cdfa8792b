using Alliance.Messaging;
using Alliance.Messaging.Roster;
using Alliance.Messaging.Roster.People;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Reporting.Api.Data;

public sealed class ReportingDbContext(DbContextOptions<ReportingDbContext> options) : DbContext(options)
{
    public DbSet<RosterAlliance> Alliances => Set<RosterAlliance>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddRosterReplica();
        modelBuilder.AddPeopleReplica();
    }
}
