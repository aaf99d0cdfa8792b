using Alliance.Activity.Domain;
using Alliance.Messaging;
using Alliance.Messaging.History;
using Alliance.Messaging.Roster;
using Alliance.Messaging.Roster.Members;
using Alliance.Messaging.Writes;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Activity.Api.Data;

public sealed class ActivityDbContext(DbContextOptions<ActivityDbContext> options) : DbContext(options)
{
    public DbSet<RosterAlliance> Alliances => Set<RosterAlliance>();
    public DbSet<RosterMember> Members => Set<RosterMember>();
    public DbSet<ActivityEntry> Activities => Set<ActivityEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddChangeHistory();
        modelBuilder.AddRosterReplica();
        modelBuilder.AddMemberReplica();

        modelBuilder.Entity<ActivityEntry>(activity =>
        {
            activity.ToTable("activities");
            activity.HasKey(a => a.Id);
            activity.Property(a => a.Type).HasConversion<string>().HasMaxLength(20);
            activity.Property(a => a.Kind).HasConversion<string>().HasMaxLength(40);
            activity.Property(a => a.Title).HasMaxLength(200);
            activity.Property(a => a.Place).HasMaxLength(200);
            activity.Property(a => a.Role).HasConversion<string>().HasMaxLength(20);
            activity.Property(a => a.MemberName).HasMaxLength(200);
            activity.Property(a => a.Topic).HasMaxLength(500);
            activity.Property(a => a.Hours).HasPrecision(8, 2);
            activity.Property(a => a.PatentNumber).HasMaxLength(60);
            activity.Property(a => a.Country).HasMaxLength(60);
            activity.Property(a => a.Owner).HasConversion<string>().HasMaxLength(20);
            activity.Property(a => a.Amount).HasPrecision(16, 2);
            activity.Property(a => a.Figure).HasPrecision(16, 2);
            activity.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
            activity.Property(a => a.Reason).HasMaxLength(60);
            activity.Property(a => a.VoidReason).HasMaxLength(500);
            activity.Property(a => a.CorrectionReason).HasMaxLength(500);
            activity.Property(a => a.RecordedBy).HasMaxLength(256);
            activity.Ignore(a => a.ProgrammeYear);
            activity.Ignore(a => a.Kpi);
            // The summary's aggregate reads only this index (an index-only scan over one alliance-year); the lists start from it.
            activity.HasIndex(a => new { a.AllianceId, a.Year, a.Date })
                .IncludeProperties(a => new { a.Type, a.Kind, a.Status, a.Figure })
                .HasDatabaseName("ix_activities_alliance_year_date");
            activity.HasIndex(a => a.MemberId).HasFilter("member_id IS NOT NULL");
        });

        modelBuilder.AddVersionTokens();
    }
}
