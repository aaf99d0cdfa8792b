namespace Alliance.Reporting.Domain;

/// <summary>Where an alliance's targets for a year stand.</summary>
public enum TargetStatus
{
    /// <summary>Nothing saved yet.</summary>
    NotStarted,

    /// <summary>Saved by the alliance, not submitted; KPIs may be missing.</summary>
    Draft,

    /// <summary>Submitted with every KPI; the centre audits it.</summary>
    Submitted,

    /// <summary>Returned by the centre with a note per KPI; the alliance corrects and submits again.</summary>
    Returned,

    /// <summary>Approved by the centre; no longer changes.</summary>
    Approved,
}

/// <summary>What is done to a year's targets.</summary>
public enum TargetAction
{
    /// <summary>The alliance saves them (a draft).</summary>
    Save,

    /// <summary>The alliance submits them.</summary>
    Submit,

    /// <summary>The centre approves them.</summary>
    Approve,

    /// <summary>The centre returns them with notes.</summary>
    Return,

    /// <summary>The centre records an exception to a rule.</summary>
    RecordException,
}

/// <summary>Where an action leaves the targets: the status after it, or the code of its refusal (422).</summary>
public sealed record TargetTransition(TargetStatus? Next, string? Refusal)
{
    public bool IsRefused => Refusal is not null;
}

/// <summary>The one place that says which action may follow which status.</summary>
public static class TargetLifecycle
{
    /// <summary>The refusal of a change to targets that are submitted and await the centre.</summary>
    public const string SubmittedCode = "targets-submitted";

    /// <summary>The refusal of a change to approved targets.</summary>
    public const string ApprovedCode = "targets-approved";

    /// <summary>The refusal of an audit of targets that are not submitted.</summary>
    public const string NotSubmittedCode = "targets-not-submitted";

    /// <summary>
    /// <list type="bullet">
    /// <item>save: not started or draft → draft; returned stays returned (its notes stay shown until resubmitted);</item>
    /// <item>submit: not started, draft or returned → submitted (completeness and rules are checked apart);</item>
    /// <item>approve, return: only submitted targets;</item>
    /// <item>record an exception: any status but approved, which it leaves unchanged;</item>
    /// <item>submitted targets refuse the alliance's save and submit; approved ones refuse everything.</item>
    /// </list>
    /// </summary>
    public static TargetTransition Next(TargetStatus current, TargetAction action) => (current, action) switch
    {
        (TargetStatus.Approved, _) => Refused(ApprovedCode),
        (_, TargetAction.RecordException) => To(current),
        (TargetStatus.Submitted, TargetAction.Approve) => To(TargetStatus.Approved),
        (TargetStatus.Submitted, TargetAction.Return) => To(TargetStatus.Returned),
        (_, TargetAction.Approve or TargetAction.Return) => Refused(NotSubmittedCode),
        (TargetStatus.Submitted, _) => Refused(SubmittedCode),
        (TargetStatus.Returned, TargetAction.Save) => To(TargetStatus.Returned),
        (_, TargetAction.Save) => To(TargetStatus.Draft),
        (_, TargetAction.Submit) => To(TargetStatus.Submitted),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    /// <summary>
    /// The deadline a submission from <paramref name="current"/> is due by: <c>targets</c> the first time,
    /// <c>targets-corrections</c> for a resubmission after the centre returned them.
    /// </summary>
    public static DeadlineCode DeadlineOfSubmission(TargetStatus current) =>
        current == TargetStatus.Returned ? DeadlineCode.TargetsCorrections : DeadlineCode.Targets;

    private static TargetTransition To(TargetStatus next) => new(next, null);

    private static TargetTransition Refused(string code) => new(null, code);
}
