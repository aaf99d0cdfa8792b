using Alliance.Messaging.Inbox;
using Alliance.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Alliance.Messaging;

/// <summary>The outbox and inbox tables every service's database carries.</summary>
public static class MessagingModel
{
    public const string OutboxTable = "outbox_messages";
    public const string InboxTable = "inbox_messages";
    public const string OutboxChannel = "outbox_written";

    public static ModelBuilder AddOutboxAndInbox(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable(OutboxTable);
            outbox.HasKey(m => m.Sequence);
            outbox.Property(m => m.Sequence).HasColumnName("sequence").UseIdentityAlwaysColumn();
            outbox.Property(m => m.EventId).HasColumnName("event_id");
            outbox.Property(m => m.MessageType).HasColumnName("message_type").HasMaxLength(300);
            outbox.Property(m => m.Payload).HasColumnName("payload").HasColumnType("jsonb");
            outbox.Property(m => m.OccurredAt).HasColumnName("occurred_at");
            outbox.Property(m => m.TraceParent).HasColumnName("trace_parent").HasMaxLength(100);
            outbox.Property(m => m.TraceState).HasColumnName("trace_state").HasMaxLength(500);
            outbox.Property(m => m.SentAt).HasColumnName("sent_at");
            outbox.Property(m => m.Attempts).HasColumnName("attempts");
            outbox.Property(m => m.LastError).HasColumnName("last_error").HasMaxLength(2000);
            outbox.HasIndex(m => m.EventId).IsUnique();
            outbox.HasIndex(m => m.Sequence).HasFilter("sent_at IS NULL").HasDatabaseName("ix_outbox_messages_unsent");
        });

        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable(InboxTable);
            inbox.HasKey(m => new { m.Consumer, m.EventId });
            inbox.Property(m => m.Consumer).HasColumnName("consumer").HasMaxLength(200);
            inbox.Property(m => m.EventId).HasColumnName("event_id");
            inbox.Property(m => m.ProcessedAt).HasColumnName("processed_at");
            inbox.Property(m => m.TraceId).HasColumnName("trace_id").HasMaxLength(32);
        });
        return modelBuilder;
    }

    /// <summary>
    /// A statement trigger that NOTIFYs the relay when outbox rows are written. PostgreSQL delivers
    /// the notification only when the writing transaction commits, so the relay never wakes early,
    /// and it reaches the active relay whichever replica wrote the row.
    /// </summary>
    public static void CreateOutboxNotifyTrigger(this MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(OutboxNotifyTriggerSql);

    public const string OutboxNotifyTriggerSql = $"""
            CREATE OR REPLACE FUNCTION notify_outbox_written() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_notify('{OutboxChannel}', '');
                RETURN NULL;
            END $$;
            CREATE TRIGGER outbox_written AFTER INSERT ON {OutboxTable}
                FOR EACH STATEMENT EXECUTE FUNCTION notify_outbox_written();
            """;
}
