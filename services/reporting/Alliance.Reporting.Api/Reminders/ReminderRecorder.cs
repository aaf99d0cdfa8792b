using Alliance.Reporting.Api.Data;
using Alliance.Reporting.Domain;
using Alliance.Reporting.Domain.Reminders;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Reporting.Api.Reminders;

/// <summary>What a recording step did: the reminders it recorded, and those already recorded (by another run, replica or send-now).</summary>
internal sealed record Recorded(int Reached, int AlreadyReminded);

/// <summary>
/// Records reminders once each: an insert that does nothing on the log's unique key, and the notification in the same
/// transaction. Two runs at once meet on the key (the second waits for the first's commit, then records nothing), so
/// neither a second replica nor a send-now on the same day doubles a reminder. E-mails go after the commit (<see cref="ReminderMailer"/>).
/// </summary>
internal static class ReminderRecorder
{
    public static async Task<Recorded> RecordAsync(ReportingDbContext db, IReadOnlyList<DueReminder> due, string siteUrl, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (due.Count == 0)
        {
            return new Recorded(0, 0);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var reached = 0;
        foreach (var reminder in due)
        {
            var link = ReminderLinks.Of(reminder);
            var words = ReminderText.Write(reminder, siteUrl.TrimEnd('/') + link);
            var id = Guid.CreateVersion7(now);
            var (deadline, kind, email) = (Deadlines.Code(reminder.Deadline), ReminderKinds.Code(reminder.Kind), reminder.To.Email);
            string? status = email is null ? null : ReminderLogEntry.Retrying;
            var inserted = await db.Database.SqlQuery<Guid>($"""
                INSERT INTO reminder_log (id, user_name, alliance_id, year, deadline, kind, day, round_id, deadline_date, late, recorded_at,
                    email, email_status, email_attempts, next_attempt_at, message_id, recipient_name, subject, body)
                VALUES ({id}, {reminder.To.UserName}, {reminder.AllianceId}, {reminder.Year.Roc}, {deadline}, {kind}, {reminder.Day}, {reminder.Round?.Id},
                    {reminder.DeadlineDate}, {reminder.Late}, {now}, {email}, {status}, 0, {now}, {ReminderKey.MessageId(reminder)},
                    {reminder.To.DisplayName}, {words.Subject}, {words.Body})
                ON CONFLICT (user_name, alliance_id, year, deadline, kind, day) DO NOTHING
                RETURNING id AS "Value"
                """).ToListAsync(cancellationToken);
            if (inserted.Count == 0)
            {
                continue;
            }

            reached++;
            db.Notifications.Add(new Notification
            {
                Id = Guid.CreateVersion7(now), UserName = reminder.To.UserName, ReminderId = id, Kind = kind, Year = reminder.Year.Roc, Deadline = deadline,
                AllianceId = reminder.AllianceId == Guid.Empty ? null : reminder.AllianceId, RoundId = reminder.Round?.Id,
                TitleZh = words.TitleZh, TitleEn = words.TitleEn, Link = link, CreatedAt = now,
            });
            ReminderTelemetry.Recorded.Add(1, new KeyValuePair<string, object?>("kind", kind));
            if (reminder.Late)
            {
                ReminderTelemetry.Late.Add(1, new KeyValuePair<string, object?>("kind", kind));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Recorded(reached, due.Count - reached);
    }
}
