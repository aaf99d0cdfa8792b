using Alliance.Contracts;
using Alliance.Gateway.Data;
using Alliance.Messaging.Inbox;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Gateway.Consumers;

/// <summary>
/// Applies a reviewer's assignment or unassignment to the gateway's rows with <see cref="ReviewerAssignmentRules"/>,
/// under a lock on the row of the reviewer and visit, so the two, taken from their own queues at once, merge one
/// after the other. The write goes through the gateway's context, whose <c>CallerChanges</c> drops every kept
/// caller when it commits: the reviewer's scope changes from the next request on.
/// </summary>
public abstract class ReviewerAssignmentConsumer<TEvent>(GatewayDbContext db, ILookupNormalizer normalizer, TimeProvider clock)
    : InboxConsumer<TEvent, GatewayDbContext>(db, clock)
    where TEvent : class, IIntegrationEvent
{
    private const string LockRow = "SELECT * FROM reviewer_assignments WHERE user_id = {0} AND visit_id = {1} FOR UPDATE";

    protected abstract (string ReviewerUserName, Guid VisitId) KeyOf(TEvent message);

    protected abstract ReviewerAssignment Merge(ReviewerAssignment? held, Guid userId, TEvent message);

    protected override async Task ApplyAsync(TEvent message, CancellationToken cancellationToken)
    {
        var (userName, visitId) = KeyOf(message);
        // An event naming no account is ignored rather than kept by name. Site-visit assigns only an account the
        // gateway answered for (ADR-009), and accounts are never deleted and never renamed, so such an event did not
        // come from an assignment; kept, it would hand the alliance to whoever later took that user name.
        var normalized = normalizer.NormalizeName(userName.Trim());
        var userId = await Db.Users.Where(u => u.NormalizedUserName == normalized).Select(u => (Guid?)u.Id).SingleOrDefaultAsync(cancellationToken);
        if (userId is not { } reviewer)
        {
            return;
        }

        var held = (await Db.ReviewerAssignments.FromSqlRaw(LockRow, reviewer, visitId).ToListAsync(cancellationToken)).SingleOrDefault();
        var merged = Merge(held, reviewer, message);
        if (held is null)
        {
            // Two first rows at once collide on the key; MassTransit's retry then merges into the winner's row.
            Db.Add(merged);
        }
        else
        {
            Db.Entry(held).CurrentValues.SetValues(merged);
        }
    }
}
