using Alliance.Contracts.SiteVisit;
using Alliance.Messaging.History;
using Alliance.Messaging.Outbox;
using Alliance.Messaging.Writes;
using Alliance.SiteVisit.Api.Data;

namespace Alliance.SiteVisit.Api.Apis;

/// <summary>
/// How a change to a visit or its reviewers is stored: the change, its history entry (who changed what) and its
/// event in one save; a concurrent change is refused as stale and changes nothing.
/// </summary>
internal static class VisitChanges
{
    /// <summary>The history's entity type of a visit, by its id; its reviewers' assignments are in the visit's history too.</summary>
    public const string VisitHistory = "visit";

    /// <summary>Raises the visit's version and stages its history entry; the caller adds the event and saves.</summary>
    public static void Stage(SiteVisitDbContext db, Visit visit, string action, VisitResponse? before, string actor, DateTimeOffset now)
    {
        db.AdvanceVersion(visit);
        db.RecordChange(VisitHistory, visit.Id.ToString(), action, actor, now, before, VisitResponse.From(visit, alliance: null));
    }

    public static SiteVisitScheduled Scheduled(Visit visit, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = now,
        VisitId = visit.Id,
        AllianceId = visit.AllianceId,
        Year = visit.Year,
        StartsAt = visit.StartsAt,
        Place = visit.Place,
        Version = visit.Version,
    };

    /// <summary>Stages an assignment's or unassignment's history entry and event, at the assignment's sequence.</summary>
    public static void StageAssignment(SiteVisitDbContext db, Visit visit, ReviewerAssignment assignment, string actor, DateTimeOffset now)
    {
        var state = new { assignment.ReviewerUserName, assignment.Active, assignment.Sequence };
        db.RecordChange(VisitHistory, visit.Id.ToString(), assignment.Active ? "reviewer-assigned" : "reviewer-unassigned", actor, now, null, state);
        if (assignment.Active)
        {
            db.AddEvent(new ReviewerAssigned
            {
                EventId = Guid.CreateVersion7(), OccurredAt = now, VisitId = visit.Id, AllianceId = visit.AllianceId, Year = visit.Year,
                ReviewerUserName = assignment.ReviewerUserName, Sequence = assignment.Sequence,
            });
        }
        else
        {
            db.AddEvent(new ReviewerUnassigned
            {
                EventId = Guid.CreateVersion7(), OccurredAt = now, VisitId = visit.Id, AllianceId = visit.AllianceId, Year = visit.Year,
                ReviewerUserName = assignment.ReviewerUserName, Sequence = assignment.Sequence,
            });
        }
    }
}
