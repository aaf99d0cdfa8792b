namespace Alliance.Revenue.Domain;

/// <summary>
/// Where an income entry stands. Only <see cref="Accepted"/> entries count; pending and flagged ones
/// are shown with their reason and counted apart, never silently added or dropped.
/// </summary>
public enum IncomeStatus
{
    /// <summary>Passed every rule; counts in the totals.</summary>
    Accepted,

    /// <summary>Names a member revenue has not heard of yet (<c>member-not-yet-known</c>); checked when it does.</summary>
    Pending,

    /// <summary>Was accepted, but its member stopped qualifying; the reason is the rule's code.</summary>
    Flagged,

    /// <summary>Voided by its alliance, with a reason; kept, never deleted, never counted.</summary>
    Voided,
}
