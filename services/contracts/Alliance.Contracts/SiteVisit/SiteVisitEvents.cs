using MassTransit;

namespace Alliance.Contracts.SiteVisit;

/// <summary>A site visit (實地查訪) was scheduled, or its date, place or agenda changed: the whole new state is carried.</summary>
[MessageUrn("alliance:site-visit:site-visit-scheduled:v1")]
public sealed record SiteVisitScheduled : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid VisitId { get; init; }
    public required Guid AllianceId { get; init; }

    /// <summary>The programme year (ROC) the visit belongs to.</summary>
    public required int Year { get; init; }

    public required DateTimeOffset StartsAt { get; init; }
    public required string Place { get; init; }

    /// <summary>The visit's version after this change; a greater version replaces a smaller one.</summary>
    public required long Version { get; init; }
}

/// <summary>
/// The centre completed a visit: its submitted forms are final. <see cref="AverageTotal"/> is the mean of
/// the submitted forms' totals (null when none was submitted).
/// </summary>
[MessageUrn("alliance:site-visit:site-visit-completed:v1")]
public sealed record SiteVisitCompleted : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid VisitId { get; init; }
    public required Guid AllianceId { get; init; }
    public required int Year { get; init; }
    public required int SubmittedForms { get; init; }
    public decimal? AverageTotal { get; init; }
    public required long Version { get; init; }
}

/// <summary>
/// A reviewer was assigned to a visit: from now the reviewer may read the visit's alliance (read-only).
/// Published by site-visit; the gateway derives a reviewer's alliance scope from these alone.
/// </summary>
[MessageUrn("alliance:site-visit:reviewer-assigned:v1")]
public sealed record ReviewerAssigned : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid VisitId { get; init; }
    public required Guid AllianceId { get; init; }
    public required int Year { get; init; }
    public required string ReviewerUserName { get; init; }

    /// <summary>
    /// Counts the assignments and unassignments of this reviewer to this visit (1, 2, 3, …): of the events for one
    /// (visit, reviewer), the one with the greatest sequence is the current state, whatever order they arrive in.
    /// </summary>
    public required long Sequence { get; init; }
}

/// <summary>A reviewer was taken off a visit. See <see cref="ReviewerAssigned.Sequence"/> for ordering.</summary>
[MessageUrn("alliance:site-visit:reviewer-unassigned:v1")]
public sealed record ReviewerUnassigned : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid VisitId { get; init; }
    public required Guid AllianceId { get; init; }
    public required int Year { get; init; }
    public required string ReviewerUserName { get; init; }
    public required long Sequence { get; init; }
}

/// <summary>
/// The centre selected a domain's outstanding alliance (績優聯盟) for a year, or a ministry officer confirmed
/// the selection (<see cref="Confirmed"/>). Only a confirmed selection is published to users.
/// </summary>
[MessageUrn("alliance:site-visit:outstanding-alliance-selected:v1")]
public sealed record OutstandingAllianceSelected : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required int Year { get; init; }
    public required string DomainCode { get; init; }
    public required Guid AllianceId { get; init; }
    public required bool Confirmed { get; init; }

    /// <summary>The selection's version for (year, domain); a greater version replaces a smaller one.</summary>
    public required long Version { get; init; }
}

/// <summary>The centre flagged an alliance abnormal (異常), with its reason; counselling follows.</summary>
[MessageUrn("alliance:site-visit:alliance-flagged-abnormal:v1")]
public sealed record AllianceFlaggedAbnormal : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid AllianceId { get; init; }
    public required string Reason { get; init; }

    /// <summary>The alliance's flag version after this change (flagging and clearing count alike).</summary>
    public required long Version { get; init; }
}

/// <summary>The centre cleared an alliance's abnormal flag, with a note.</summary>
[MessageUrn("alliance:site-visit:alliance-flag-cleared:v1")]
public sealed record AllianceFlagCleared : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid AllianceId { get; init; }
    public required string Note { get; init; }
    public required long Version { get; init; }
}
