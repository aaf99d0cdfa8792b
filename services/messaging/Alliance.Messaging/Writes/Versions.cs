using Alliance.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Alliance.Messaging.Writes;

/// <summary>
/// The one place a record's version is raised (ADR-010). Saving does it for every added or changed
/// record (<see cref="VersionInterceptor"/>); a handler whose history entry or event carries the new
/// version raises it before staging them, with the same rule, so calling it again changes nothing.
/// </summary>
public static class Versions
{
    /// <summary>The version of a record when first stored.</summary>
    public const long First = 1;

    /// <summary>
    /// <paramref name="record"/> (null: not stored yet, so 0 or nothing may create it) is at the version
    /// <paramref name="read"/>, by <see cref="VersionCheck.Require"/>.
    /// </summary>
    /// <exception cref="DomainException">400 naming version when a stored record's change carries none; 409 when stale</exception>
    public static void RequireVersion(this IVersioned? record, long? read) => VersionCheck.Require(record?.Version, read);

    /// <summary>
    /// The version a record is saved with: <see cref="First"/> when added, one more than the version
    /// it was read with when changed (or marked changed), and the read version when it is deleted.
    /// </summary>
    public static long Next(EntityState state, long read) => state switch
    {
        EntityState.Added => First,
        EntityState.Modified or EntityState.Unchanged => read + 1,
        _ => read,
    };

    /// <summary>
    /// Raises <paramref name="record"/>'s version by <see cref="Next"/>, and so marks it changed even
    /// when nothing else about it did (a member whose contract changed). Returns the new version.
    /// </summary>
    /// <exception cref="InvalidOperationException"><paramref name="record"/> is not tracked by <paramref name="db"/></exception>
    public static long AdvanceVersion(this DbContext db, IVersioned record)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entry = db.Entry((object)record);
        if (entry.State == EntityState.Detached)
        {
            throw new InvalidOperationException($"A {record.GetType().Name} must be tracked for its version to be raised.");
        }

        return Advance(entry);
    }

    /// <summary>Raises the version of every record <paramref name="db"/> will add or change.</summary>
    public static void AdvanceVersions(this DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.ChangeTracker.DetectChanges();
        foreach (var entry in db.ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                Advance(entry);
            }
        }
    }

    /// <summary>Makes the version of every <see cref="IVersioned"/> entity the concurrency token; call after the entities are configured.</summary>
    public static ModelBuilder AddVersionTokens(this ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => typeof(IVersioned).IsAssignableFrom(e.ClrType) && !e.IsOwned()).ToList())
        {
            modelBuilder.Entity(entity.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
        }

        return modelBuilder;
    }

    private static long Advance(EntityEntry entry)
    {
        // The original value is the version read, however often this runs before the save.
        var version = entry.Property(nameof(IVersioned.Version));
        var next = Next(entry.State, (long)version.OriginalValue!);
        version.CurrentValue = next;
        return next;
    }
}
