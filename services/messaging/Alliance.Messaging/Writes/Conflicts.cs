using Alliance.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Alliance.Messaging.Writes;

/// <summary>
/// How a write that lost a race becomes the 409 problem, in one place: a stale version (another
/// writer changed the record since it was read) and a duplicate (a unique index refused the row).
/// Handlers stay free of try/catch.
/// </summary>
public static class Conflicts
{
    /// <summary>Saves <paramref name="db"/>'s changes in one transaction, or refuses as <see cref="RefusalOf"/> says.</summary>
    /// <param name="duplicate">the 409 a unique violation means here, naming its field (<see cref="DomainException.Conflict"/>);
    /// when null a unique violation is a bug and stays a 500</param>
    /// <exception cref="DomainException"><see cref="ErrorCode.StaleVersion"/> or <paramref name="duplicate"/></exception>
    public static Task SaveOrConflictAsync(this DbContext db, CancellationToken cancellationToken, DomainException? duplicate = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        return WriteOrConflictAsync(() => db.SaveChangesAsync(cancellationToken), duplicate);
    }

    /// <summary>Runs a write that is not a save (a bulk copy), refusing as <see cref="RefusalOf"/> says.</summary>
    public static async Task WriteOrConflictAsync(Func<Task> write, DomainException? duplicate)
    {
        ArgumentNullException.ThrowIfNull(write);
        try
        {
            await write();
        }
        catch (Exception exception) when (RefusalOf(exception, duplicate) is { } refusal)
        {
            throw refusal;
        }
    }

    /// <summary>
    /// The refusal a failed write means: the one stale-version problem for a concurrency failure,
    /// <paramref name="duplicate"/> for a unique violation (from a save or straight from PostgreSQL),
    /// null for anything else (a bug: it stays a 500).
    /// </summary>
    public static DomainException? RefusalOf(Exception exception, DomainException? duplicate) => exception switch
    {
        DbUpdateConcurrencyException => VersionCheck.Stale(),
        DbUpdateException { InnerException: PostgresException inner } when IsUniqueViolation(inner) => duplicate,
        PostgresException postgres when IsUniqueViolation(postgres) => duplicate,
        _ => null,
    };

    private static bool IsUniqueViolation(PostgresException exception) => exception.SqlState == PostgresErrorCodes.UniqueViolation;
}
