using Alliance.Messaging;
using Alliance.Messaging.History;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Membership.Api.Data;

public sealed class MembershipDbContext(DbContextOptions<MembershipDbContext> options) : DbContext(options)
{
    public DbSet<TechnologyDomain> Domains => Set<TechnologyDomain>();
    public DbSet<ProgrammeAlliance> Alliances => Set<ProgrammeAlliance>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddChangeHistory();

        modelBuilder.Entity<TechnologyDomain>(domain =>
        {
            domain.ToTable("domains");
            domain.HasKey(d => d.Code);
            domain.Property(d => d.Code).HasMaxLength(64);
            domain.Property(d => d.NameZh).HasMaxLength(100);
            domain.Property(d => d.NameEn).HasMaxLength(100);
            domain.Property(d => d.Version).IsRowVersion();
            domain.HasData(TechnologyDomain.Seed);
        });

        modelBuilder.Entity<ProgrammeAlliance>(alliance =>
        {
            alliance.ToTable("alliances");
            alliance.HasKey(a => a.Id);
            alliance.Property(a => a.Code).HasMaxLength(50);
            alliance.HasIndex(a => a.Code).IsUnique();
            alliance.Property(a => a.Name).HasMaxLength(200);
            alliance.Property(a => a.HostInstitution).HasMaxLength(200);
            alliance.Property(a => a.PiUserName).HasMaxLength(100);
            alliance.Property(a => a.TerminationReason).HasMaxLength(500);
            alliance.Property(a => a.Version).IsRowVersion();
            alliance.HasOne<TechnologyDomain>().WithMany().HasForeignKey(a => a.DomainCode).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
