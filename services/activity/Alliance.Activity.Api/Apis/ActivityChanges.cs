using Alliance.Activity.Api.Data;
using Alliance.Activity.Domain;
using Alliance.Contracts.Activity;
using Alliance.Messaging.History;
using Alliance.Messaging.Outbox;
using Alliance.Messaging.Writes;
using Alliance.ServiceDefaults.Input;

namespace Alliance.Activity.Api.Apis;

/// <summary>
/// How every change to a record is stored: the record, its history entry (the audit of who changed what)
/// and its event in one transaction; a concurrent change is refused as stale and changes nothing.
/// </summary>
internal static class ActivityChanges
{
    /// <summary>The history's entity type of every record, whatever its type: the id alone names it.</summary>
    public const string History = "activity";

    public enum Kind { Recorded, Corrected, StatusChanged, Voided }

    /// <summary>Stages the history entry and the event of a change, both at the record's new version; the caller saves.</summary>
    /// <param name="reason">the user's reason (correction, void) or the rule's code (status change)</param>
    public static void Stage(ActivityDbContext db, ActivityEntry entry, Kind kind, ActivityResponse? before, string? reason, string actor, DateTimeOffset now)
    {
        db.AdvanceVersion(entry);
        var action = kind switch
        {
            Kind.Recorded => "recorded",
            Kind.Corrected => "corrected",
            Kind.StatusChanged => "status-changed",
            _ => "voided",
        };
        db.RecordChange(History, entry.Id.ToString(), action, actor, now, before, ActivityResponse.From(entry, language: null));
        var state = StateOf(entry);
        // Each event by its own type: the outbox names a message by the type it is given.
        switch (kind)
        {
            case Kind.Recorded:
                db.AddEvent(new ActivityRecorded { EventId = Guid.CreateVersion7(), OccurredAt = now, Activity = state });
                break;
            case Kind.Voided:
                db.AddEvent(new ActivityVoided { EventId = Guid.CreateVersion7(), OccurredAt = now, Activity = state, Reason = reason ?? "" });
                break;
            default:
                db.AddEvent(new ActivityCorrected { EventId = Guid.CreateVersion7(), OccurredAt = now, Activity = state, Reason = reason });
                break;
        }
    }

    /// <summary>Saves what is staged; 409 when another writer changed the record meanwhile.</summary>
    public static Task SaveAsync(ActivityDbContext db, CancellationToken cancellationToken) => db.SaveOrConflictAsync(cancellationToken);

    /// <summary>The state other services keep of a record, as its events carry it.</summary>
    public static ActivityState StateOf(ActivityEntry entry) => new()
    {
        ActivityId = entry.Id,
        AllianceId = entry.AllianceId,
        Year = entry.Year,
        Type = KebabNames.Of(entry.Type),
        Kind = KebabNames.Of(entry.Kind),
        Kpi = KebabNames.Of(entry.Kpi),
        Date = entry.Date,
        MemberId = entry.MemberId,
        Figure = entry.Figure,
        Status = KebabNames.Of(entry.Status),
        Version = entry.Version,
    };
}
