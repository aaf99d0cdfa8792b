using Alliance.Activity.Api.Apis;
using Alliance.Activity.Api.Data;
using Alliance.Activity.Domain;
using Alliance.Messaging.Roster.Members;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Activity.Api.Consumers;

/// <summary>
/// What a new state of a member means for the records naming it. The shared member consumers keep the
/// copy and call this, in their transaction, whenever the copy changed.
/// </summary>
internal sealed class MemberCopies(TimeProvider clock) : IMemberCopyObserver<ActivityDbContext>
{
    /// <summary>The actor history shows for changes activity makes itself, on a member's news.</summary>
    public const string SystemActor = "activity";

    /// <summary>
    /// Re-checks every record that names the member: pending ones are decided, accepted ones that no longer
    /// qualify are flagged (after its removal, as not a member), flagged ones that qualify again count again.
    /// Each record that changes gets a history entry and ActivityCorrected. A copy that knows only the member's
    /// removal decides nothing yet: the records wait for the state that tells who the member is.
    /// </summary>
    public Task CopyChangedAsync(ActivityDbContext db, RosterMember? before, RosterMember after, CancellationToken cancellationToken) =>
        after.HasDetails ? ReassessAsync(db, after, clock.GetUtcNow(), cancellationToken) : Task.CompletedTask;

    private static async Task ReassessAsync(ActivityDbContext db, RosterMember copy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var records = await db.Activities
            .Where(a => a.MemberId == copy.Id && a.Status != ActivityStatus.Voided)
            .ToListAsync(cancellationToken);
        foreach (var record in records)
        {
            var before = ActivityResponse.From(record, language: null);
            if (ActivityEvaluation.Reassess(record, copy))
            {
                ActivityChanges.Stage(db, record, ActivityChanges.Kind.StatusChanged, before, record.Reason ?? "member-qualifies", SystemActor, now);
            }
        }
    }
}
