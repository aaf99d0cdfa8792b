using Alliance.Messaging;
using Alliance.Messaging.History;
using Alliance.Messaging.Roster;
using Alliance.Messaging.Roster.People;
using Alliance.Messaging.Writes;
using Microsoft.EntityFrameworkCore;

namespace Alliance.SiteVisit.Api.Data;

public sealed class SiteVisitDbContext(DbContextOptions<SiteVisitDbContext> options) : DbContext(options)
{
    public DbSet<RosterAlliance> Alliances => Set<RosterAlliance>();
    public DbSet<Visit> Visits => Set<Visit>();
    public DbSet<ReviewerAssignment> Assignments => Set<ReviewerAssignment>();
    public DbSet<ReviewForm> Forms => Set<ReviewForm>();
    public DbSet<OutstandingSelection> Outstanding => Set<OutstandingSelection>();
    public DbSet<AbnormalFlag> AbnormalFlags => Set<AbnormalFlag>();
    public DbSet<CounsellingSession> Counselling => Set<CounsellingSession>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddChangeHistory();
        modelBuilder.AddRosterReplica();
        modelBuilder.AddPeopleReplica();

        modelBuilder.Entity<Visit>(visit =>
        {
            visit.ToTable("visits");
            visit.HasKey(v => v.Id);
            visit.Property(v => v.Place).HasMaxLength(200);
            visit.Property(v => v.Reason).HasMaxLength(500);
            visit.Property(v => v.CompletedBy).HasMaxLength(256);
            visit.Property(v => v.ScheduledBy).HasMaxLength(256);
            visit.HasIndex(v => new { v.Year, v.AllianceId });
            visit.Ignore(v => v.Completed);
        });

        modelBuilder.Entity<ReviewerAssignment>(assignment =>
        {
            assignment.ToTable("visit_reviewers");
            assignment.HasKey(a => new { a.VisitId, a.ReviewerUserName });
            assignment.Property(a => a.ReviewerUserName).HasMaxLength(256);
            assignment.Property(a => a.ChangedBy).HasMaxLength(256);
            assignment.Property(a => a.Sequence).IsConcurrencyToken();
            // A reviewer's own visits ("my visits").
            assignment.HasIndex(a => a.ReviewerUserName);
        });

        modelBuilder.Entity<ReviewForm>(form =>
        {
            form.ToTable("review_forms");
            form.HasKey(f => f.Id);
            form.Property(f => f.ReviewerUserName).HasMaxLength(256);
            form.HasIndex(f => new { f.VisitId, f.ReviewerUserName }).IsUnique();
            form.Property(f => f.OverallComment).HasMaxLength(4000);
            form.Property(f => f.Recommendation).HasConversion<string>().HasMaxLength(40);
            form.Ignore(f => f.Submitted);
        });

        modelBuilder.Entity<OutstandingSelection>(selection =>
        {
            selection.ToTable("outstanding_selections");
            selection.HasKey(s => new { s.Year, s.DomainCode });
            selection.Property(s => s.DomainCode).HasMaxLength(64);
            selection.Property(s => s.SelectedBy).HasMaxLength(256);
            selection.Property(s => s.ConfirmedBy).HasMaxLength(256);
        });

        modelBuilder.Entity<AbnormalFlag>(flag =>
        {
            flag.ToTable("abnormal_flags");
            flag.HasKey(f => f.AllianceId);
            flag.Property(f => f.AllianceId).ValueGeneratedNever();
            flag.Property(f => f.Reason).HasMaxLength(1000);
            flag.Property(f => f.FlaggedBy).HasMaxLength(256);
            flag.Property(f => f.Note).HasMaxLength(1000);
            flag.Property(f => f.ClearedBy).HasMaxLength(256);
        });

        modelBuilder.Entity<CounsellingSession>(session =>
        {
            session.ToTable("counselling_sessions");
            session.HasKey(s => s.Id);
            session.Property(s => s.Kind).HasConversion<string>().HasMaxLength(40);
            session.Property(s => s.Notes).HasMaxLength(4000);
            session.Property(s => s.Recommendations).HasMaxLength(4000);
            session.Property(s => s.RecordedBy).HasMaxLength(256);
            session.HasIndex(s => new { s.Year, s.AllianceId });
        });

        modelBuilder.AddVersionTokens();
    }
}
