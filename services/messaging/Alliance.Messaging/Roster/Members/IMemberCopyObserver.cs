using Microsoft.EntityFrameworkCore;

namespace Alliance.Messaging.Roster.Members;

/// <summary>
/// What a service does when its copy of a member changed (revenue re-checks the income entries naming it).
/// Registered in DI, it is called by the member consumers after the merge, in the consumer's transaction:
/// what it stages on <typeparamref name="TDb"/> commits with the copy and the inbox row, or not at all.
/// </summary>
public interface IMemberCopyObserver<in TDb> where TDb : DbContext
{
    /// <param name="db">the consumer's context, in its transaction</param>
    /// <param name="before">the copy before the event; null when the member was new to the copy</param>
    /// <param name="after">the copy after the event; never equal to <paramref name="before"/></param>
    Task CopyChangedAsync(TDb db, RosterMember? before, RosterMember after, CancellationToken cancellationToken);
}
