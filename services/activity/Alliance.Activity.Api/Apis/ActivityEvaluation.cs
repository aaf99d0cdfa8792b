using Alliance.Activity.Api.Data;
using Alliance.Activity.Domain;
using Alliance.Messaging.Roster.Members;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Activity.Api.Apis;

/// <summary>Applies the rules' verdict to a stored record: when it is recorded or corrected, and when its member changes.</summary>
internal static class ActivityEvaluation
{
    /// <summary>The two-number lock space's class for events, beside membership copies' (<see cref="MemberLocks"/>).</summary>
    private const int EventLockClass = 0x45564E54;

    /// <summary>
    /// The copy of the member a record names, read under the member's lock (<see cref="MemberLocks"/>), so the
    /// member's events are applied wholly before or wholly after the record is stored: a record that finds
    /// no copy is then always seen by the consumer that brings one. Call it inside the storing transaction.
    /// </summary>
    public static async Task<RosterMember?> MemberOfAsync(ActivityDbContext db, Guid? memberId, CancellationToken cancellationToken)
    {
        if (memberId is not { } id)
        {
            return null;
        }

        await MemberLocks.LockAsync(db, id, cancellationToken);
        return await db.Members.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
    }

    /// <summary>
    /// Whether the alliance keeps the event (its date and title, whatever the case and surrounding blanks)
    /// already as the other kind, not voided. Read under a lock on that date and title, held to the end of the
    /// storing transaction, so two writers cannot each record one kind of the same event side by side.
    /// </summary>
    public static async Task<bool> OtherKindRecordedAsync(ActivityDbContext db, ActivityEntry entry, CancellationToken cancellationToken)
    {
        if (ActivityKinds.TypeOf(entry.Kind) != ActivityType.Event)
        {
            return false;
        }

        var title = entry.Title!.ToLowerInvariant();
        var key = $"{entry.AllianceId}|{entry.Date:yyyy-MM-dd}|{title}";
        // hashtext is PostgreSQL's own, the same in every replica (a .NET string hash is not).
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({EventLockClass}, hashtext({key}))", cancellationToken);
        var other = entry.Kind == ActivityKind.Promotion ? ActivityKind.Seminar : ActivityKind.Promotion;
        return await db.Activities.AnyAsync(a => a.AllianceId == entry.AllianceId && a.Id != entry.Id && a.Kind == other && a.Date == entry.Date
            && a.Title!.ToLower() == title && a.Status != ActivityStatus.Voided, cancellationToken);
    }

    /// <summary>
    /// For a new or corrected record: accepted, or pending while its member is unknown; a refusal is
    /// thrown as a 422 naming the field and the rule's code, and nothing is stored.
    /// </summary>
    /// <param name="current">the stored record's status before the correction; null when recording</param>
    public static void Admit(ActivityEntry entry, RosterMember? member, bool otherKindRecorded, ActivityStatus? current)
    {
        var facts = entry.FactsWith(otherKindRecorded);
        var verdict = ActivityRules.Check(facts, member?.FactsFor(entry.AllianceId));
        Apply(entry, facts, ActivityLifecycle.Next(current, current is null ? ActivityAction.Record : ActivityAction.Correct, verdict));
    }

    /// <summary>Voids the record (the caller keeps the user's reason); a voided one is refused.</summary>
    public static void Void(ActivityEntry entry) => Apply(entry, entry.FactsWith(), ActivityLifecycle.Next(entry.Status, ActivityAction.Void, verdict: null));

    /// <summary>
    /// After the record's member joined or changed: copies the member's name and re-checks the record. A rule
    /// it now breaks flags it with the rule's code; passing every rule accepts it again. A member that turns out
    /// to be another alliance's flags the record and is never copied. Voided records stay as they are.
    /// Returns whether anything the record shows changed.
    /// </summary>
    public static bool Reassess(ActivityEntry entry, RosterMember member)
    {
        if (!ActivityLifecycle.FollowsItsMember(entry.Status))
        {
            return false;
        }

        var before = (entry.Status, entry.Reason, entry.MemberName);
        var facts = member.FactsFor(entry.AllianceId);
        if (facts.Standing != MemberStanding.OfAnotherAlliance)
        {
            CopyMember(entry, member);
        }

        var record = entry.FactsWith();
        Apply(entry, record, ActivityLifecycle.Next(entry.Status, ActivityAction.Reassess, ActivityRules.Check(record, facts)));
        return before != (entry.Status, entry.Reason, entry.MemberName);
    }

    /// <summary>Shows the member's name on the record, unless the member is another alliance's (its details are that alliance's).</summary>
    public static void CopyMember(ActivityEntry entry, RosterMember member)
    {
        if (member.StandingTowards(entry.AllianceId) != MemberStanding.OfAnotherAlliance && member.HasDetails)
        {
            entry.MemberName = member.Name;
        }
    }

    /// <summary>The one place a record's status and reason are set: from <see cref="ActivityLifecycle"/>'s transition.</summary>
    private static void Apply(ActivityEntry entry, ActivityFacts facts, ActivityTransition transition)
    {
        switch (transition)
        {
            case ActivityTransition.Refused refused:
                throw RuleMessages.Refusal(refused, facts);
            case ActivityTransition.Moved moved:
                (entry.Status, entry.Reason) = (moved.Status, moved.Reason);
                break;
        }
    }
}
