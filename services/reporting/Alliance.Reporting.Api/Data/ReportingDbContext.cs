using Alliance.Messaging;
using Alliance.Messaging.History;
using Alliance.Messaging.Roster;
using Alliance.Messaging.Roster.Members;
using Alliance.Messaging.Roster.People;
using Alliance.Messaging.Writes;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Reporting.Api.Data;

public sealed class ReportingDbContext(DbContextOptions<ReportingDbContext> options) : DbContext(options)
{
    public DbSet<RosterAlliance> Alliances => Set<RosterAlliance>();
    public DbSet<ReportingYear> Years => Set<ReportingYear>();
    public DbSet<AllianceYearPhase> Phases => Set<AllianceYearPhase>();
    public DbSet<AllianceTargets> Targets => Set<AllianceTargets>();
    public DbSet<RosterMember> Members => Set<RosterMember>();
    public DbSet<IncomeCopy> Incomes => Set<IncomeCopy>();
    public DbSet<ActivityCopy> Activities => Set<ActivityCopy>();
    public DbSet<SubsidyCopy> Subsidies => Set<SubsidyCopy>();
    public DbSet<MemberCountRow> MemberCounts => Set<MemberCountRow>();
    public DbSet<IncomeYearSum> IncomeYearSums => Set<IncomeYearSum>();
    public DbSet<RoundReport> RoundReports => Set<RoundReport>();
    public DbSet<RoundText> RoundTexts => Set<RoundText>();
    public DbSet<Submission> Submissions => Set<Submission>();
    public DbSet<AuditNote> AuditNotes => Set<AuditNote>();
    public DbSet<ReminderSettingsRow> ReminderSettings => Set<ReminderSettingsRow>();
    public DbSet<ReminderLogEntry> ReminderLog => Set<ReminderLogEntry>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<ProgrammeTarget> ProgrammeTargets => Set<ProgrammeTarget>();
    public DbSet<ReviewOutcomeRecord> ReviewOutcomes => Set<ReviewOutcomeRecord>();
    public DbSet<AbnormalFlagCopy> AbnormalFlags => Set<AbnormalFlagCopy>();
    public DbSet<OutstandingCopy> Outstanding => Set<OutstandingCopy>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddChangeHistory();
        modelBuilder.AddRosterReplica();
        modelBuilder.AddPeopleReplica();
        modelBuilder.AddMemberReplica();
        modelBuilder.AddReportingCopies();
        modelBuilder.AddRoundReports();
        modelBuilder.AddReminders();
        modelBuilder.AddProgrammeViews();

        modelBuilder.Entity<ReportingYear>(year =>
        {
            year.ToTable("reporting_years");
            year.HasKey(y => y.Year);
            year.Property(y => y.Year).ValueGeneratedNever();
            year.Property(y => y.OpenedBy).HasMaxLength(256);
            year.Property(y => y.ClosedBy).HasMaxLength(256);
            year.HasMany(y => y.Deadlines).WithOne().HasForeignKey(d => d.Year);
            year.Ignore(y => y.ProgrammeYear);
        });
        modelBuilder.Entity<YearDeadline>(deadline =>
        {
            deadline.ToTable("year_deadlines");
            deadline.HasKey(d => new { d.Year, d.Code });
            deadline.Property(d => d.Code).HasMaxLength(40);
        });
        modelBuilder.Entity<AllianceYearPhase>(phase =>
        {
            phase.ToTable("alliance_year_phases");
            phase.HasKey(p => new { p.AllianceId, p.Year });
            phase.Property(p => p.Source).HasMaxLength(20);
            // The phase-2 rule looks for the year an alliance was in phase 1, year 3.
            phase.HasIndex(p => new { p.AllianceId, p.Phase, p.YearInPhase });
        });
        modelBuilder.Entity<AllianceTargets>(targets =>
        {
            targets.ToTable("alliance_targets");
            targets.HasKey(t => new { t.AllianceId, t.Year });
            targets.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
            targets.Property(t => t.Values).HasColumnType("jsonb");
            targets.Property(t => t.Notes).HasColumnType("jsonb");
            targets.Property(t => t.SubmittedBy).HasMaxLength(256);
            targets.Property(t => t.AuditedBy).HasMaxLength(256);
            targets.HasMany(t => t.Exceptions).WithOne().HasForeignKey(e => new { e.AllianceId, e.Year });
        });
        modelBuilder.Entity<TargetException>(exception =>
        {
            exception.ToTable("target_exceptions");
            exception.HasKey(e => new { e.AllianceId, e.Year, e.Rule });
            exception.Property(e => e.Rule).HasConversion<string>().HasMaxLength(40);
            exception.Property(e => e.Note).HasMaxLength(1000);
            exception.Property(e => e.RecordedBy).HasMaxLength(256);
        });

        modelBuilder.AddVersionTokens();
    }
}
