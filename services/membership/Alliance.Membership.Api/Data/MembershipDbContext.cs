using Alliance.Messaging;
using Alliance.Messaging.History;
using Alliance.Messaging.Writes;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Membership.Api.Data;

public sealed class MembershipDbContext(DbContextOptions<MembershipDbContext> options) : DbContext(options)
{
    public DbSet<TechnologyDomain> Domains => Set<TechnologyDomain>();
    public DbSet<ProgrammeAlliance> Alliances => Set<ProgrammeAlliance>();
    public DbSet<FeeTier> FeeTiers => Set<FeeTier>();
    public DbSet<Member> Members => Set<Member>();
    public DbSet<MembershipContract> Contracts => Set<MembershipContract>();

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
            domain.HasData(TechnologyDomain.Seed);
        });

        modelBuilder.Entity<ProgrammeAlliance>(alliance =>
        {
            alliance.ToTable("alliances");
            alliance.HasKey(a => a.Id);
            alliance.Property(a => a.Code).HasMaxLength(50);
            alliance.HasIndex(a => a.Code).IsUnique();
            alliance.Property(a => a.CodeKey).HasMaxLength(50);
            alliance.HasIndex(a => a.CodeKey).IsUnique();
            alliance.Property(a => a.Name).HasMaxLength(200);
            alliance.Property(a => a.HostInstitution).HasMaxLength(200);
            alliance.Property(a => a.PiUserName).HasMaxLength(100);
            alliance.Property(a => a.TerminationReason).HasMaxLength(500);
            alliance.HasOne<TechnologyDomain>().WithMany().HasForeignKey(a => a.DomainCode).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<FeeTier>(tier =>
        {
            tier.ToTable("fee_tiers");
            tier.HasKey(t => t.Id);
            tier.Property(t => t.Name).HasMaxLength(100);
            tier.Property(t => t.YearlyFee).HasPrecision(14, 2);
            tier.Property(t => t.Services).HasMaxLength(2000);
            tier.HasIndex(t => new { t.AllianceId, t.Name }).IsUnique();
            tier.HasOne<ProgrammeAlliance>().WithMany().HasForeignKey(t => t.AllianceId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<Member>(member =>
        {
            member.ToTable("members");
            member.HasKey(m => m.Id);
            member.Property(m => m.Name).HasMaxLength(200);
            member.Property(m => m.Kind).HasConversion(StoredNames.Converter<OrganisationKind>()).HasMaxLength(40).IsRequired();
            member.Property(m => m.RegistrationNumber).HasMaxLength(8);
            member.Property(m => m.County).HasMaxLength(10);
            member.Property(m => m.Country).HasMaxLength(100);
            member.Property(m => m.Contact).HasMaxLength(500);
            member.Ignore(m => m.IsForeign);
            member.HasIndex(m => new { m.AllianceId, m.RegistrationNumber }).IsUnique().HasFilter("registration_number IS NOT NULL");
            member.HasIndex(m => new { m.AllianceId, m.Name });
            member.HasOne<ProgrammeAlliance>().WithMany().HasForeignKey(m => m.AllianceId).OnDelete(DeleteBehavior.Restrict);
            member.HasMany(m => m.Contracts).WithOne().HasForeignKey(c => c.MemberId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<MembershipContract>(contract =>
        {
            contract.ToTable("membership_contracts");
            contract.HasKey(c => c.Id);
            contract.Property(c => c.Fee).HasPrecision(14, 2);
            contract.Property(c => c.Source).HasConversion<string>().HasMaxLength(30);
            contract.Ignore(c => c.Term);
            contract.HasIndex(c => c.MemberId);
            contract.HasOne<FeeTier>().WithMany().HasForeignKey(c => c.FeeTierId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.AddVersionTokens();
    }
}
