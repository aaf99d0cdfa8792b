using Alliance.Messaging.Writes;

namespace Alliance.Reporting.Api.Data;

/// <summary>A year's reminder settings as the centre set them; a year without a row uses the defaults (version 0).</summary>
public sealed class ReminderSettingsRow : IVersioned
{
    public int Year { get; init; }
    public int[] DaysBefore { get; set; } = [];
    public int Hour { get; set; }
    public long Version { get; set; }
}

/// <summary>
/// One reminder recorded: unique on (person, alliance, year, deadline, kind, day), so it is recorded once however many
/// runs, replicas or send-nows reach it. Its notification is written in the same transaction; its e-mail, when the
/// person has an address, goes out after the commit and its status moves retrying → sent, or → failed after its tries.
/// </summary>
public sealed class ReminderLogEntry
{
    public const string Retrying = "retrying";
    public const string Sent = "sent";
    public const string Failed = "failed";

    public Guid Id { get; init; }
    public required string UserName { get; init; }

    /// <summary>The alliance reminded; <see cref="Guid.Empty"/> for the centre's overdue list.</summary>
    public Guid AllianceId { get; init; }
    public int Year { get; init; }
    public required string Deadline { get; init; }
    public required string Kind { get; init; }

    /// <summary>The Taiwan day the reminder belongs to (a late one keeps the day it was due on).</summary>
    public DateOnly Day { get; init; }
    public string? RoundId { get; init; }
    public DateOnly DeadlineDate { get; init; }

    /// <summary>Recorded after the day it belongs to (a run missed, sent on start).</summary>
    public bool Late { get; init; }
    public DateTimeOffset RecordedAt { get; init; }

    /// <summary>Null when the person has no e-mail address: only the notification.</summary>
    public string? Email { get; init; }

    /// <summary><see cref="Retrying"/> until sent; <see cref="Sent"/> or <see cref="Failed"/>; null without an address.</summary>
    public string? EmailStatus { get; set; }
    public int EmailAttempts { get; set; }
    public DateTimeOffset? NextAttemptAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? EmailError { get; set; }
    public required string MessageId { get; init; }
    public required string RecipientName { get; init; }
    public required string Subject { get; init; }
    public required string Body { get; init; }
}

/// <summary>A line of a user's notification list (the bell), one per reminder recorded for them.</summary>
public sealed class Notification
{
    public Guid Id { get; init; }
    public required string UserName { get; init; }
    public Guid ReminderId { get; init; }
    public required string Kind { get; init; }
    public int Year { get; init; }
    public required string Deadline { get; init; }
    public Guid? AllianceId { get; init; }
    public string? RoundId { get; init; }
    public required string TitleZh { get; init; }
    public required string TitleEn { get; init; }

    /// <summary>The page's path in the web UI, relative to the gateway.</summary>
    public required string Link { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? ReadAt { get; set; }
}
