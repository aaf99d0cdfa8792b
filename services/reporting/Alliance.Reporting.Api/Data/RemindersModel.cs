using Microsoft.EntityFrameworkCore;

namespace Alliance.Reporting.Api.Data;

/// <summary>The tables of reminders: each year's settings, the reminder log with its unique key, and the notifications.</summary>
internal static class RemindersModel
{
    public const string LogTable = "reminder_log";

    public static ModelBuilder AddReminders(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ReminderSettingsRow>(settings =>
        {
            settings.ToTable("reminder_settings");
            settings.HasKey(s => s.Year);
            settings.Property(s => s.Year).ValueGeneratedNever();
        });
        modelBuilder.Entity<ReminderLogEntry>(log =>
        {
            log.ToTable(LogTable);
            log.HasKey(l => l.Id);
            log.Property(l => l.Id).ValueGeneratedNever();
            log.Property(l => l.UserName).HasMaxLength(256);
            log.Property(l => l.Deadline).HasMaxLength(40);
            log.Property(l => l.Kind).HasMaxLength(20);
            log.Property(l => l.RoundId).HasMaxLength(20);
            log.Property(l => l.Email).HasMaxLength(256);
            log.Property(l => l.EmailStatus).HasMaxLength(20);
            log.Property(l => l.EmailError).HasMaxLength(1000);
            log.Property(l => l.MessageId).HasMaxLength(200);
            log.Property(l => l.RecipientName).HasMaxLength(200);
            log.Property(l => l.Subject).HasMaxLength(500);
            // The guarantee against doubles: two runs, two replicas or a send-now meet here, and the second records nothing.
            log.HasIndex(l => new { l.UserName, l.AllianceId, l.Year, l.Deadline, l.Kind, l.Day }).IsUnique();
            log.HasIndex(l => new { l.Year, l.RecordedAt });
            log.HasIndex(l => new { l.EmailStatus, l.NextAttemptAt });
        });
        modelBuilder.Entity<Notification>(notification =>
        {
            notification.ToTable("notifications");
            notification.HasKey(n => n.Id);
            notification.Property(n => n.Id).ValueGeneratedNever();
            notification.Property(n => n.UserName).HasMaxLength(256);
            notification.Property(n => n.Kind).HasMaxLength(20);
            notification.Property(n => n.Deadline).HasMaxLength(40);
            notification.Property(n => n.RoundId).HasMaxLength(20);
            notification.Property(n => n.TitleZh).HasMaxLength(300);
            notification.Property(n => n.TitleEn).HasMaxLength(300);
            notification.Property(n => n.Link).HasMaxLength(300);
            notification.HasIndex(n => new { n.UserName, n.CreatedAt });
            notification.HasIndex(n => n.ReminderId).IsUnique();
        });
        return modelBuilder;
    }
}
