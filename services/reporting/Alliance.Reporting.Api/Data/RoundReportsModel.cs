using Microsoft.EntityFrameworkCore;

namespace Alliance.Reporting.Api.Data;

/// <summary>The tables of round reports: the report's status, its draft texts, its submissions and the centre's audit notes.</summary>
internal static class RoundReportsModel
{
    public static ModelBuilder AddRoundReports(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<RoundReport>(report =>
        {
            report.ToTable("round_reports");
            report.HasKey(r => new { r.AllianceId, r.RoundId });
            report.Property(r => r.RoundId).HasMaxLength(20);
            report.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        });
        modelBuilder.Entity<RoundText>(text =>
        {
            text.ToTable("round_texts");
            text.HasKey(t => new { t.AllianceId, t.RoundId, t.Section, t.Key });
            text.Property(t => t.RoundId).HasMaxLength(20);
            text.Property(t => t.Section).HasMaxLength(20);
            text.Property(t => t.Key).HasMaxLength(40);
            text.Property(t => t.Text).HasMaxLength(5000);
            text.Property(t => t.ChangedBy).HasMaxLength(256);
        });
        modelBuilder.Entity<Submission>(submission =>
        {
            submission.ToTable("round_submissions");
            submission.HasKey(s => new { s.AllianceId, s.RoundId, s.Number });
            submission.Property(s => s.RoundId).HasMaxLength(20);
            submission.Property(s => s.SubmittedBy).HasMaxLength(256);
            submission.Property(s => s.SubmittedByName).HasMaxLength(256);
            submission.Property(s => s.Content).HasColumnType("jsonb");
            submission.Property(s => s.ReopenedBy).HasMaxLength(256);
            submission.Property(s => s.ReopenReason).HasMaxLength(2000);
            submission.Property(s => s.AuditedBy).HasMaxLength(256);
        });
        modelBuilder.Entity<AuditNote>(note =>
        {
            note.ToTable("round_audit_notes");
            note.HasKey(n => n.Id);
            note.Property(n => n.Id).ValueGeneratedNever();
            note.Property(n => n.RoundId).HasMaxLength(20);
            note.Property(n => n.Kpi).HasMaxLength(40);
            note.Property(n => n.Note).HasMaxLength(2000);
            note.Property(n => n.WrittenBy).HasMaxLength(256);
            note.Property(n => n.WrittenByName).HasMaxLength(256);
            note.HasIndex(n => new { n.AllianceId, n.RoundId, n.WrittenAt });
        });
        return modelBuilder;
    }
}
