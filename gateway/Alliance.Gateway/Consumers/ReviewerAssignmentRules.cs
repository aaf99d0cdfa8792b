using Alliance.Contracts.SiteVisit;
using Alliance.Gateway.Data;

namespace Alliance.Gateway.Consumers;

/// <summary>
/// How the gateway takes in site-visit's reviewer events. Each rule is a pure function of the state held for
/// one reviewer and visit (null when none is) and one event. Site-visit numbers the assignments and
/// unassignments of a pair from one counter, so the event with the greatest sequence is the current state, and
/// one whose sequence is not greater than the held one changes nothing: the same state whatever order the events
/// arrive in and however often each arrives. An unassignment that overtakes its assignment is therefore kept
/// (not assigned, at its sequence), and the late assignment then finds it and grants nothing.
/// </summary>
public static class ReviewerAssignmentRules
{
    /// <param name="userId">the account the event's reviewer user name names</param>
    public static ReviewerAssignment Apply(ReviewerAssignment? held, Guid userId, ReviewerAssigned assigned) =>
        Newest(held, new ReviewerAssignment
        {
            UserId = userId, VisitId = assigned.VisitId, AllianceId = assigned.AllianceId, Sequence = assigned.Sequence, Assigned = true,
        });

    /// <param name="userId">the account the event's reviewer user name names</param>
    public static ReviewerAssignment Apply(ReviewerAssignment? held, Guid userId, ReviewerUnassigned unassigned) =>
        Newest(held, new ReviewerAssignment
        {
            UserId = userId, VisitId = unassigned.VisitId, AllianceId = unassigned.AllianceId, Sequence = unassigned.Sequence, Assigned = false,
        });

    /// <summary>The alliances a reviewer may read: those of the visits still assigned, each once.</summary>
    public static IReadOnlyList<Guid> ScopeOf(IEnumerable<ReviewerAssignment> rows) =>
        rows.Where(r => r.Assigned).Select(r => r.AllianceId).Distinct().Order().ToArray();

    private static ReviewerAssignment Newest(ReviewerAssignment? held, ReviewerAssignment arrived) =>
        held is not null && arrived.Sequence <= held.Sequence ? held : arrived;
}
