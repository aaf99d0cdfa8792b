using Alliance.Contracts.Revenue;
using Alliance.Messaging.History;
using Alliance.Messaging.Outbox;
using Alliance.Messaging.Writes;
using Alliance.Revenue.Api.Data;
using Alliance.Revenue.Domain;
using Alliance.ServiceDefaults.Input;

namespace Alliance.Revenue.Api.Apis;

/// <summary>
/// How every change to an income entry is stored: the entry, its history entry and its events in
/// one transaction; a concurrent change is refused as stale and changes nothing.
/// </summary>
internal static class IncomeChanges
{
    public const string History = "income";

    public enum Kind { Recorded, Corrected, StatusChanged, Voided }

    /// <summary>Stages the history entry and the events of a change, both at the entry's new version; the caller saves.</summary>
    /// <param name="reason">the user's reason (correction, void) or the rule's code (status change)</param>
    /// <param name="cooperationBefore">for a correction, whether the entry was a cooperation project before it</param>
    public static void Stage(RevenueDbContext db, IncomeEntry entry, Kind kind, IncomeResponse? before, string? reason,
        string actor, DateTimeOffset now, bool cooperationBefore = false)
    {
        db.AdvanceVersion(entry);
        var action = kind switch
        {
            Kind.Recorded => "recorded",
            Kind.Corrected => "corrected",
            Kind.StatusChanged => "status-changed",
            _ => "voided",
        };
        db.RecordChange(History, entry.Id.ToString(), action, actor, now, before, IncomeResponses.From(entry, language: null));
        switch (kind)
        {
            case Kind.Recorded:
                db.AddEvent(new IncomeRecorded { EventId = Guid.CreateVersion7(), OccurredAt = now, Income = IncomeEvents.StateOf(entry) });
                break;
            case Kind.Voided:
                db.AddEvent(new IncomeVoided
                {
                    EventId = Guid.CreateVersion7(), OccurredAt = now, IncomeId = entry.Id, AllianceId = entry.AllianceId,
                    Category = KebabNames.Of(entry.Category), Year = entry.Year, Reason = reason ?? "", Version = entry.Version,
                });
                return;
            default:
                db.AddEvent(new IncomeCorrected { EventId = Guid.CreateVersion7(), OccurredAt = now, Income = IncomeEvents.StateOf(entry), Reason = reason });
                break;
        }

        if (entry.Category == IncomeCategory.IndustryAcademiaCooperation || cooperationBefore)
        {
            db.AddEvent(IncomeEvents.ProjectOf(entry, now));
        }
    }

    /// <summary>Saves what is staged in one transaction; 409 when another writer changed the entry meanwhile.</summary>
    public static Task SaveAsync(RevenueDbContext db, CancellationToken cancellationToken) => db.SaveOrConflictAsync(cancellationToken);
}
