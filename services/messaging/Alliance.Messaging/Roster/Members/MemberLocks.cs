using Microsoft.EntityFrameworkCore;

namespace Alliance.Messaging.Roster.Members;

/// <summary>
/// One lock per member copy, held until the transaction ends. The consumers take it before they merge
/// an event, and a service takes it before it reads a copy to decide a record that names the member:
/// a copy and a record written side by side would otherwise each miss the other (the record stored as
/// waiting for a member whose consumer had just looked for records to decide and found none).
/// </summary>
public static class MemberLocks
{
    /// <summary>The two-number lock space is PostgreSQL's other one than the relay's single-number lock; this class names member copies in it.</summary>
    private const int MemberLockClass = 0x4D454D42;

    /// <summary>Takes the member's lock; call it inside a transaction, which holds it until it ends.</summary>
    public static Task LockAsync(DbContext db, Guid memberId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({MemberLockClass}, {memberId.GetHashCode()})", cancellationToken);
    }
}
