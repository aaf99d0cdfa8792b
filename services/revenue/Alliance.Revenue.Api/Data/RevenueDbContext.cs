using Alliance.Messaging;
using Alliance.Messaging.History;
using Alliance.Messaging.Writes;
using Alliance.Messaging.Roster;
using Alliance.Messaging.Roster.Members;
using Alliance.Revenue.Domain;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Revenue.Api.Data;

public sealed class RevenueDbContext(DbContextOptions<RevenueDbContext> options) : DbContext(options)
{
    public DbSet<RosterAlliance> Alliances => Set<RosterAlliance>();
    public DbSet<RosterMember> Members => Set<RosterMember>();
    public DbSet<Subsidy> Subsidies => Set<Subsidy>();
    public DbSet<IncomeEntry> Incomes => Set<IncomeEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddChangeHistory();
        modelBuilder.AddRosterReplica();
        modelBuilder.AddMemberReplica();

        modelBuilder.Entity<Subsidy>(subsidy =>
        {
            subsidy.ToTable("subsidies");
            subsidy.HasKey(s => new { s.AllianceId, s.Year });
            subsidy.Property(s => s.Amount).HasPrecision(16, 2);
            subsidy.Property(s => s.SetBy).HasMaxLength(256);
            subsidy.HasIndex(s => s.Year);
        });

        modelBuilder.Entity<IncomeEntry>(income =>
        {
            income.ToTable("incomes");
            income.HasKey(i => i.Id);
            income.Property(i => i.Category).HasConversion(new StoredEnumConverter<IncomeCategory>()).HasMaxLength(40);
            income.Property(i => i.CounterpartyName).HasMaxLength(200);
            income.Property(i => i.CounterpartyRegistrationNumber).HasMaxLength(8);
            income.Property(i => i.CounterpartyKind).HasConversion(new StoredEnumConverter<OrganisationKind>()).HasMaxLength(40);
            income.Property(i => i.CounterpartyCounty).HasMaxLength(10);
            income.Property(i => i.Amount).HasPrecision(16, 2);
            income.Property(i => i.Reference).HasMaxLength(200);
            income.Property(i => i.Note).HasMaxLength(2000);
            income.Property(i => i.Nature).HasConversion(new StoredEnumConverter<IncomeNature>()).HasMaxLength(40);
            income.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
            income.Property(i => i.Reason).HasMaxLength(60);
            income.Property(i => i.VoidReason).HasMaxLength(500);
            income.Property(i => i.CorrectionReason).HasMaxLength(500);
            income.Property(i => i.RecordedBy).HasMaxLength(256);
            income.Ignore(i => i.ProgrammeYear);
            income.Ignore(i => i.CooperationTerms);
            income.Ignore(i => i.Facts);
            income.Ignore(i => i.IsReadable);
            // The summary's aggregate reads only this index (an index-only scan over one alliance-year).
            income.HasIndex(i => new { i.AllianceId, i.Year, i.Date })
                .IncludeProperties(i => new { i.Category, i.Status, i.Amount })
                .HasDatabaseName("ix_incomes_alliance_year_date");
            income.HasIndex(i => i.CounterpartyMemberId).HasFilter("counterparty_member_id IS NOT NULL");
        });

        modelBuilder.AddVersionTokens();
    }
}
