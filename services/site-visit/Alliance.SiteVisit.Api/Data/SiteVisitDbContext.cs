using Alliance.Messaging;
using Alliance.Messaging.Roster.People;
using Microsoft.EntityFrameworkCore;

namespace Alliance.SiteVisit.Api.Data;

public sealed class SiteVisitDbContext(DbContextOptions<SiteVisitDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddPeopleReplica();
    }
}
