using Microsoft.EntityFrameworkCore;

namespace Alliance.Messaging.Roster;

/// <summary>
/// What a service does when its copy of an alliance changed (reporting records a new alliance's phase for
/// each open year). Registered in DI, it is called by the roster consumers after the merge, in the consumer's
/// transaction and under the alliance's row lock: what it stages on <typeparamref name="TDb"/> commits with
/// the copy and the inbox row, or not at all.
/// </summary>
public interface IRosterCopyObserver<in TDb> where TDb : DbContext
{
    /// <param name="db">the consumer's context, in its transaction</param>
    /// <param name="before">the copy before the event; null when the alliance was new to the copy</param>
    /// <param name="after">the copy after the event; never equal to <paramref name="before"/></param>
    Task CopyChangedAsync(TDb db, RosterAlliance? before, RosterAlliance after, CancellationToken cancellationToken);
}
