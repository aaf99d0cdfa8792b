using Alliance.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Reporting.Api.Data;

public sealed class ReportingDbContext(DbContextOptions<ReportingDbContext> options) : DbContext(options)
{
    public DbSet<RosterAlliance> Alliances => Set<RosterAlliance>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.Entity<RosterAlliance>(alliance =>
        {
            alliance.ToTable("roster_alliances");
            alliance.HasKey(a => a.Id);
            alliance.Property(a => a.Id).ValueGeneratedNever();
            alliance.Property(a => a.Code).HasMaxLength(50);
            alliance.HasIndex(a => a.Code);
            alliance.Property(a => a.Name).HasMaxLength(200);
            alliance.Property(a => a.HostInstitution).HasMaxLength(200);
            alliance.Property(a => a.DomainCode).HasMaxLength(64);
            alliance.Property(a => a.PiUserName).HasMaxLength(100);
        });
    }
}
