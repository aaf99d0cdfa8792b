namespace Alliance.Activity.Domain;

/// <summary>What is done to a record.</summary>
public enum ActivityAction
{
    /// <summary>The alliance records a new record (no status yet).</summary>
    Record,

    /// <summary>The alliance corrects a record: it is checked again as if recorded anew.</summary>
    Correct,

    /// <summary>The alliance voids a record, with a reason: kept, never counted again.</summary>
    Void,

    /// <summary>
    /// Activity hears news of the member the record names and checks it again: a rule it now breaks
    /// flags it, passing every rule accepts it again, an unknown member keeps it pending.
    /// </summary>
    Reassess,
}

/// <summary>Where an action leaves a record (see <see cref="ActivityLifecycle.Next"/>).</summary>
public abstract record ActivityTransition
{
    private ActivityTransition()
    {
    }

    /// <summary>Nothing about the record changes (news of the member of a voided record).</summary>
    public static readonly ActivityTransition Unchanged = new UnchangedTransition();

    /// <summary>The record now has <paramref name="Status"/> with <paramref name="Reason"/>: the rule's code when flagged, <c>member-not-yet-known</c> when pending, otherwise null.</summary>
    public sealed record Moved(ActivityStatus Status, string? Reason) : ActivityTransition;

    public sealed record UnchangedTransition : ActivityTransition;

    /// <summary>The action is refused and nothing is stored: a 422 with <paramref name="Code"/> naming <paramref name="Field"/>.</summary>
    /// <param name="Rule">the rule the record breaks; null when the record is voided (<see cref="ActivityLifecycle.VoidedCode"/>)</param>
    public sealed record Refused(string Code, string Field, ActivityRule? Rule) : ActivityTransition;
}

/// <summary>
/// The lifecycle of a record: the one place that says which status and reason an action leaves it
/// with. Accepted, pending and flagged records may be corrected, voided or reassessed; a voided record
/// never changes again.
/// </summary>
public static class ActivityLifecycle
{
    /// <summary>The code of the refusal to change a voided record.</summary>
    public const string VoidedCode = "activity-voided";

    /// <summary>The refusal to correct or void a record in <paramref name="current"/> status (a voided one, field <c>id</c>), or null when it may change.</summary>
    public static ActivityTransition.Refused? RefusalToChange(ActivityStatus current) =>
        current == ActivityStatus.Voided ? new ActivityTransition.Refused(VoidedCode, "id", null) : null;

    /// <summary>Whether a record in <paramref name="current"/> status still follows news of the member it names (every record but a voided one).</summary>
    public static bool FollowsItsMember(ActivityStatus current) => current != ActivityStatus.Voided;

    /// <summary>
    /// The record's status and reason after <paramref name="action"/>:
    /// <list type="bullet">
    /// <item>record or correct: a refused verdict refuses the action with the rule's code and field;
    /// pending stays pending (<c>member-not-yet-known</c>); otherwise accepted;</item>
    /// <item>void: voided, without a reason code (the user's reason is kept apart);</item>
    /// <item>reassess: a refused verdict flags the record with the rule's code; pending or accepted as above;</item>
    /// <item>a voided record refuses correct and void (<see cref="VoidedCode"/>) and is unchanged by reassess.</item>
    /// </list>
    /// </summary>
    /// <param name="current">the record's status; null for one not yet recorded</param>
    /// <param name="verdict">what <see cref="ActivityRules.Check"/> says of the record as it will be; ignored for void</param>
    /// <exception cref="ArgumentException">record of a stored record, another action on one not recorded, or no verdict where one is needed</exception>
    public static ActivityTransition Next(ActivityStatus? current, ActivityAction action, ActivityVerdict? verdict)
    {
        if ((action == ActivityAction.Record) != (current is null))
        {
            throw new ArgumentException("Only a new record is recorded, and only a recorded one changes.", nameof(current));
        }

        if (current is { } status && !FollowsItsMember(status) && action == ActivityAction.Reassess)
        {
            return ActivityTransition.Unchanged;
        }

        if (current is { } stored && RefusalToChange(stored) is { } refusal)
        {
            return refusal;
        }

        if (action == ActivityAction.Void)
        {
            return new ActivityTransition.Moved(ActivityStatus.Voided, null);
        }

        return verdict switch
        {
            null => throw new ArgumentException("Recording, correcting and reassessing need the rules' verdict.", nameof(verdict)),
            ActivityVerdict.RefusedVerdict refused when action == ActivityAction.Reassess =>
                new ActivityTransition.Moved(ActivityStatus.Flagged, ActivityRuleCodes.Code(refused.Rule)),
            ActivityVerdict.RefusedVerdict refused => new ActivityTransition.Refused(ActivityRuleCodes.Code(refused.Rule), refused.Field, refused.Rule),
            ActivityVerdict.PendingVerdict => new ActivityTransition.Moved(ActivityStatus.Pending, ActivityRuleCodes.MemberNotYetKnown),
            _ => new ActivityTransition.Moved(ActivityStatus.Accepted, null),
        };
    }
}
