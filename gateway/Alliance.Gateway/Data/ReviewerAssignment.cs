namespace Alliance.Gateway.Data;

/// <summary>
/// Whether a reviewer is assigned to one site visit, kept by <see cref="Consumers.ReviewerAssignmentRules"/> from
/// site-visit's ReviewerAssigned and ReviewerUnassigned: the state of the greatest sequence seen for the pair.
/// A reviewer's scope is every alliance with at least one row still assigned, so taking the reviewer off one
/// visit leaves the alliance in scope while another visit to it is assigned.
/// </summary>
/// <remarks>Immutable: the rules return a new state and the consumers copy it onto the tracked row.</remarks>
public sealed record ReviewerAssignment
{
    public required Guid UserId { get; init; }
    public required Guid VisitId { get; init; }

    /// <summary>The visited alliance, as the event of <see cref="Sequence"/> named it.</summary>
    public required Guid AllianceId { get; init; }

    /// <summary>The greatest sequence seen for this reviewer and visit; an event with one not greater changes nothing.</summary>
    public required long Sequence { get; init; }

    /// <summary>True while assigned; false once unassigned (the row stays, holding its sequence against older events).</summary>
    public required bool Assigned { get; init; }
}
