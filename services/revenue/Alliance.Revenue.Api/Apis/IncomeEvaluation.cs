using Alliance.Messaging.Roster.Members;
using Alliance.Revenue.Api.Data;
using Alliance.Revenue.Domain;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Revenue.Api.Apis;

/// <summary>Applies the rules' verdict to a stored entry: when it is recorded or corrected, and when its member changes.</summary>
internal static class IncomeEvaluation
{
    /// <summary>
    /// The copy of the member an entry names, read under the member's lock (<see cref="MemberLocks"/>), so that
    /// the member's events are applied wholly before or wholly after the entry is stored: an entry that
    /// finds no copy is then always seen by the consumer that brings one. Call it inside the transaction
    /// that stores the entry.
    /// </summary>
    public static async Task<RosterMember?> MemberOfAsync(RevenueDbContext db, Guid? memberId, CancellationToken cancellationToken)
    {
        if (memberId is not { } id)
        {
            return null;
        }

        await MemberLocks.LockAsync(db, id, cancellationToken);
        return await db.Members.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
    }

    /// <summary>
    /// For a new or corrected entry: accepted, or pending while its member is unknown; a refusal is
    /// thrown as a 422 naming the field and the rule's code, and nothing is stored.
    /// </summary>
    /// <param name="current">the stored entry's status before the correction; null when recording</param>
    public static void Admit(IncomeEntry entry, RosterMember? member, IncomeStatus? current)
    {
        var verdict = IncomeRules.Check(entry.Facts, member?.FactsFor(entry.AllianceId, entry.Id));
        Apply(entry, IncomeLifecycle.Next(current, current is null ? IncomeAction.Record : IncomeAction.Correct, verdict));
    }

    /// <summary>Voids the entry (the caller keeps the user's reason); a voided one is refused.</summary>
    public static void Void(IncomeEntry entry) => Apply(entry, IncomeLifecycle.Next(entry.Status, IncomeAction.Void, verdict: null));

    /// <summary>The one place an entry's status and reason are set: from <see cref="IncomeLifecycle"/>'s transition.</summary>
    private static void Apply(IncomeEntry entry, IncomeTransition transition)
    {
        switch (transition)
        {
            case IncomeTransition.Refused refused:
                throw RuleMessages.Refusal(refused, () => entry.Facts);
            case IncomeTransition.Moved moved:
                (entry.Status, entry.Reason) = (moved.Status, moved.Reason);
                break;
        }
    }

    /// <summary>
    /// After the entry's member joined or changed: copies the member's details and re-checks the
    /// entry. A rule it now breaks flags it with the rule's code; passing every rule accepts it again.
    /// A member that turns out to be another alliance's flags the entry and is never copied: the
    /// entry does not follow it. Voided entries, and entries revenue cannot read, stay as they are.
    /// Returns whether anything the entry shows changed.
    /// </summary>
    public static bool Reassess(IncomeEntry entry, RosterMember member)
    {
        if (!IncomeLifecycle.FollowsItsMember(entry.Status) || !entry.IsReadable)
        {
            return false;
        }

        var before = (entry.Status, entry.Reason, entry.CounterpartyName, entry.CounterpartyRegistrationNumber, entry.CounterpartyKind, entry.CounterpartyCounty);
        var facts = member.FactsFor(entry.AllianceId, entry.Id);
        if (facts.Standing != MemberStanding.OfAnotherAlliance)
        {
            CopyCounterparty(entry, member);
        }

        Apply(entry, IncomeLifecycle.Next(entry.Status, IncomeAction.Reassess, IncomeRules.Check(entry.Facts, facts)));
        return before != (entry.Status, entry.Reason, entry.CounterpartyName, entry.CounterpartyRegistrationNumber, entry.CounterpartyKind, entry.CounterpartyCounty);
    }

    public static void CopyCounterparty(IncomeEntry entry, RosterMember member)
    {
        entry.CounterpartyName = member.Name;
        entry.CounterpartyRegistrationNumber = member.RegistrationNumber;
        entry.CounterpartyKind = member.OrganisationKindOf();
        entry.CounterpartyCounty = member.County;
    }
}
