namespace Alliance.Revenue.Domain;

/// <summary>What is done to an income entry.</summary>
public enum IncomeAction
{
    /// <summary>The alliance records a new entry (no status yet).</summary>
    Record,

    /// <summary>The alliance corrects an entry: it is checked again as if recorded anew.</summary>
    Correct,

    /// <summary>The alliance voids an entry, with a reason: kept, never counted again.</summary>
    Void,

    /// <summary>
    /// Revenue hears news of the member the entry names and checks it again: a rule it now breaks
    /// flags it, passing every rule accepts it again (re-accept), an unknown member keeps it pending.
    /// </summary>
    Reassess,
}

/// <summary>Where an action leaves an entry (see <see cref="IncomeLifecycle.Next"/>).</summary>
public abstract record IncomeTransition
{
    private IncomeTransition()
    {
    }

    /// <summary>Nothing about the entry changes (news of the member of a voided entry).</summary>
    public static readonly IncomeTransition Unchanged = new UnchangedTransition();

    /// <summary>The entry now has <paramref name="Status"/> with <paramref name="Reason"/>: the rule's code when flagged, <c>member-not-yet-known</c> when pending, otherwise null.</summary>
    public sealed record Moved(IncomeStatus Status, string? Reason) : IncomeTransition;

    public sealed record UnchangedTransition : IncomeTransition;

    /// <summary>The action is refused and nothing is stored: a 422 with <paramref name="Code"/> naming <paramref name="Field"/>.</summary>
    /// <param name="Rule">the income rule the entry breaks; null when the entry is voided (<see cref="IncomeLifecycle.VoidedCode"/>)</param>
    public sealed record Refused(string Code, string Field, IncomeRule? Rule) : IncomeTransition;
}

/// <summary>
/// The lifecycle of an income entry: the one place that says which status and reason an action
/// leaves it with. Accepted, pending and flagged entries may be corrected, voided or reassessed; a
/// voided entry never changes again.
/// </summary>
public static class IncomeLifecycle
{
    /// <summary>The code of the refusal to change a voided entry.</summary>
    public const string VoidedCode = "income-voided";

    /// <summary>
    /// The refusal to correct or void an entry in <paramref name="current"/> status (a voided one,
    /// field <c>incomeId</c>), or null when it may change. Callers ask this before they read the change itself.
    /// </summary>
    public static IncomeTransition.Refused? RefusalToChange(IncomeStatus current) =>
        current == IncomeStatus.Voided ? new IncomeTransition.Refused(VoidedCode, "incomeId", null) : null;

    /// <summary>
    /// Whether an entry in <paramref name="current"/> status still follows news of the member it names
    /// (every entry but a voided one): the same fact as <see cref="IncomeAction.Reassess"/> leaving a
    /// voided entry unchanged, asked before the member's details are copied onto the entry.
    /// </summary>
    public static bool FollowsItsMember(IncomeStatus current) => current != IncomeStatus.Voided;

    /// <summary>
    /// The entry's status and reason after <paramref name="action"/>:
    /// <list type="bullet">
    /// <item>record or correct: a refused verdict refuses the action with the rule's code and field;
    /// pending stays pending (<c>member-not-yet-known</c>); otherwise accepted;</item>
    /// <item>void: voided, without a reason code (the user's reason is kept apart);</item>
    /// <item>reassess: a refused verdict flags the entry with the rule's code; pending or accepted as above;</item>
    /// <item>a voided entry refuses correct and void (<see cref="VoidedCode"/>) and is unchanged by reassess.</item>
    /// </list>
    /// </summary>
    /// <param name="current">the entry's status; null for an entry not yet recorded</param>
    /// <param name="verdict">what <see cref="IncomeRules.Check"/> says of the entry as it will be; ignored for void</param>
    /// <exception cref="ArgumentException">record of a stored entry, another action on one not recorded, or no verdict where one is needed</exception>
    public static IncomeTransition Next(IncomeStatus? current, IncomeAction action, IncomeVerdict? verdict)
    {
        if ((action == IncomeAction.Record) != (current is null))
        {
            throw new ArgumentException("Only a new entry is recorded, and only a recorded one changes.", nameof(current));
        }

        if (current is { } status && !FollowsItsMember(status) && action == IncomeAction.Reassess)
        {
            return IncomeTransition.Unchanged;
        }

        if (current is { } stored && RefusalToChange(stored) is { } refusal)
        {
            return refusal;
        }

        if (action == IncomeAction.Void)
        {
            return new IncomeTransition.Moved(IncomeStatus.Voided, null);
        }

        return verdict switch
        {
            null => throw new ArgumentException("Recording, correcting and reassessing need the rules' verdict.", nameof(verdict)),
            IncomeVerdict.RefusedVerdict refused when action == IncomeAction.Reassess =>
                new IncomeTransition.Moved(IncomeStatus.Flagged, IncomeRuleCodes.Code(refused.Rule)),
            IncomeVerdict.RefusedVerdict refused => new IncomeTransition.Refused(IncomeRuleCodes.Code(refused.Rule), refused.Field, refused.Rule),
            IncomeVerdict.PendingVerdict => new IncomeTransition.Moved(IncomeStatus.Pending, IncomeRuleCodes.MemberNotYetKnown),
            _ => new IncomeTransition.Moved(IncomeStatus.Accepted, null),
        };
    }
}
