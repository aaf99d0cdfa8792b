using Alliance.Messaging.Roster.Members;
using Alliance.Revenue.Api.Apis;
using Alliance.Revenue.Api.Data;
using Alliance.Revenue.Domain;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Revenue.Api.Consumers;

/// <summary>
/// What a new state of a member means for the entries naming it. The shared member consumers keep the
/// copy and call this, in their transaction, whenever the copy changed.
/// </summary>
internal sealed class MemberCopies(TimeProvider clock) : IMemberCopyObserver<RevenueDbContext>
{
    /// <summary>The actor history shows for changes revenue makes itself, on a member's news.</summary>
    public const string SystemActor = "revenue";

    /// <summary>
    /// Re-checks every entry that names the member: pending ones are decided, accepted ones that no
    /// longer qualify are flagged (after its removal, as not a member), flagged ones that qualify again
    /// are accepted. Each entry that changes gets a history entry and IncomeCorrected. A copy that knows
    /// only the member's removal (it overtook the member's first state) decides nothing yet: the entries
    /// wait for the state that tells who the member is.
    /// </summary>
    public Task CopyChangedAsync(RevenueDbContext db, RosterMember? before, RosterMember after, CancellationToken cancellationToken) =>
        after.HasDetails ? ReassessEntriesAsync(db, after, clock.GetUtcNow(), cancellationToken) : Task.CompletedTask;

    private static async Task ReassessEntriesAsync(RevenueDbContext db, RosterMember copy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var entries = await db.Incomes
            .Where(i => i.CounterpartyMemberId == copy.Id && i.Status != IncomeStatus.Voided)
            .ToListAsync(cancellationToken);
        foreach (var entry in entries)
        {
            var before = IncomeResponses.From(entry, language: null);
            if (IncomeEvaluation.Reassess(entry, copy))
            {
                IncomeChanges.Stage(db, entry, IncomeChanges.Kind.StatusChanged, before, entry.Reason ?? "member-qualifies", SystemActor, now);
            }
        }
    }
}
