using Alliance.Reporting.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Alliance.Reporting.Api.Reminders;

/// <summary>
/// Sends the recorded reminders' e-mails that are due a try: the rows are taken with <c>FOR UPDATE SKIP LOCKED</c>, so two
/// replicas never send the same one at once; a sent one is marked sent, a failed try is retried later (1, 2, 4, … minutes)
/// and, after its tries, marked failed in the log. A process killed after the server took a message and before the
/// mark sends it again on the next sweep, with the same Message-ID (the .eml folder keeps one file).
/// </summary>
internal sealed class ReminderMailer(
    IServiceScopeFactory scopes, IReminderMail mail, IOptions<ReminderOptions> options, TimeProvider clock, ILogger<ReminderMailer> logger)
{
    private const int Batch = 50;

    /// <summary>Sends every e-mail due a try now; returns how many were tried.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        using var activity = ReminderTelemetry.Source.StartActivity("reminders send e-mail");
        var tried = 0;
        while (true)
        {
            var batch = await SendBatchAsync(cancellationToken);
            tried += batch;
            if (batch < Batch)
            {
                activity?.SetTag("reminders.tried", tried);
                return tried;
            }
        }
    }

    private async Task<int> SendBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var due = await db.ReminderLog
            .FromSql($"SELECT * FROM reminder_log WHERE email_status = {ReminderLogEntry.Retrying} AND next_attempt_at <= {now} ORDER BY recorded_at LIMIT {Batch} FOR UPDATE SKIP LOCKED")
            .ToListAsync(cancellationToken);
        foreach (var entry in due)
        {
            await TryAsync(entry, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return due.Count;
    }

    private async Task TryAsync(ReminderLogEntry entry, CancellationToken cancellationToken)
    {
        var settings = options.Value.Mail;
        entry.EmailAttempts += 1;
        try
        {
            await mail.SendAsync(MessageOf(entry, settings.Sender), cancellationToken);
            entry.EmailStatus = ReminderLogEntry.Sent;
            entry.SentAt = clock.GetUtcNow();
            entry.EmailError = null;
            ReminderTelemetry.Sent.Add(1);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // Any failure of the transport (refused, unreachable, a full disk) is recorded on the row and tried again: never lost silently.
            logger.LogWarning(failure, "Reminder e-mail {MessageId} to {UserName} failed (try {Attempt})", entry.MessageId, entry.UserName, entry.EmailAttempts);
            entry.EmailError = failure.Message.Length > 1000 ? failure.Message[..1000] : failure.Message;
            if (entry.EmailAttempts >= settings.MaxAttempts)
            {
                entry.EmailStatus = ReminderLogEntry.Failed;
                ReminderTelemetry.Failed.Add(1);
            }
            else
            {
                entry.NextAttemptAt = clock.GetUtcNow().AddMinutes(Math.Pow(2, entry.EmailAttempts - 1));
            }
        }
    }

    public static MimeMessage MessageOf(ReminderLogEntry entry, string sender)
    {
        var message = new MimeMessage
        {
            MessageId = entry.MessageId,
            Subject = entry.Subject,
            Date = entry.RecordedAt,
            Body = new TextPart("plain") { Text = entry.Body },
        };
        message.From.Add(MailboxAddress.Parse(sender));
        message.To.Add(new MailboxAddress(entry.RecipientName, entry.Email ?? throw new InvalidOperationException("Only a reminder with an address has an e-mail.")));
        return message;
    }
}
