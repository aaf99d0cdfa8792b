namespace Alliance.Activity.Domain;

/// <summary>
/// Where a record stands. Only <see cref="Accepted"/> records count; pending and flagged ones are
/// shown with their reason and never counted until they qualify.
/// </summary>
public enum ActivityStatus
{
    /// <summary>Passed every rule; counts in the summary.</summary>
    Accepted,

    /// <summary>Names a member activity has not heard of yet (<c>member-not-yet-known</c>); checked when it does.</summary>
    Pending,

    /// <summary>Its member stopped qualifying; the reason is the rule's code. Counts again once the member qualifies.</summary>
    Flagged,

    /// <summary>Voided by its alliance, with a reason; kept, never deleted, never counted.</summary>
    Voided,
}
