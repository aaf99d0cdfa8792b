using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Messaging.History;

/// <summary>The change history every service keeps of the records users edit.</summary>
public static class ChangeHistory
{
    public const string Table = "change_records";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static ModelBuilder AddChangeHistory(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ChangeRecord>(change =>
        {
            change.ToTable(Table);
            change.HasKey(c => c.Id);
            change.Property(c => c.Id).HasColumnName("id").UseIdentityAlwaysColumn();
            change.Property(c => c.EntityType).HasColumnName("entity_type").HasMaxLength(50);
            change.Property(c => c.EntityId).HasColumnName("entity_id").HasMaxLength(100);
            change.Property(c => c.Action).HasColumnName("action").HasMaxLength(50);
            change.Property(c => c.Actor).HasColumnName("actor").HasMaxLength(256);
            change.Property(c => c.At).HasColumnName("at");
            change.Property(c => c.Before).HasColumnName("before").HasColumnType("jsonb");
            change.Property(c => c.After).HasColumnName("after").HasColumnType("jsonb");
            change.HasIndex(c => new { c.EntityType, c.EntityId, c.Id }).HasDatabaseName("ix_change_records_entity");
        });
        return modelBuilder;
    }

    /// <summary>Stages a change record; it is saved with the change itself by the same <c>SaveChanges</c>.</summary>
    public static void RecordChange(this DbContext db, string entityType, string entityId, string action, string actor,
        DateTimeOffset at, object? before, object? after) =>
        db.Set<ChangeRecord>().Add(Change(entityType, entityId, action, actor, at, before, after));

    /// <summary>
    /// Writes many change records at once (one COPY), in the transaction of the changes they record,
    /// which must be open: for bulk changes, where staging each record for <c>SaveChanges</c> is the slow part.
    /// </summary>
    public static Task RecordChangesAsync(this DbContext db, IReadOnlyCollection<ChangeRecord> changes, CancellationToken cancellationToken) =>
        db.CopyAsync(changes, cancellationToken);

    /// <summary>A change record with the record before and after as JSON, for <see cref="RecordChangesAsync"/>.</summary>
    public static ChangeRecord Change(string entityType, string entityId, string action, string actor, DateTimeOffset at, object? before, object? after) =>
        new()
        {
            EntityType = entityType,
            EntityId = entityId,
            Action = action,
            Actor = actor,
            At = at,
            Before = before is null ? null : JsonSerializer.Serialize(before, Json),
            After = after is null ? null : JsonSerializer.Serialize(after, Json),
        };

    /// <summary>A record's history, oldest first, as the API shows it.</summary>
    public static async Task<ChangeEntry[]> HistoryOfAsync(this DbContext db, string entityType, string entityId, CancellationToken cancellationToken)
    {
        var records = await db.Set<ChangeRecord>().AsNoTracking()
            .Where(c => c.EntityType == entityType && c.EntityId == entityId)
            .OrderBy(c => c.Id)
            .ToListAsync(cancellationToken);
        return records.Select(c => new ChangeEntry(c.At, c.Actor, c.Action, Parse(c.Before), Parse(c.After))).ToArray();
    }

    private static JsonElement? Parse(string? json) => json is null ? null : JsonDocument.Parse(json).RootElement.Clone();
}

/// <summary>One entry of a record's history: who, when, what, and the record before and after.</summary>
public sealed record ChangeEntry(DateTimeOffset At, string Actor, string Action, JsonElement? Before, JsonElement? After);
