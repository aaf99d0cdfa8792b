using Alliance.Activity.Api.Data;
using Alliance.Activity.Domain;
using Alliance.Messaging.History;
using Alliance.Messaging.Writes;
using Alliance.ServiceDefaults.Input;
using Alliance.ServiceDefaults.Problems;
using Alliance.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Activity.Api.Apis;

/// <summary>
/// The steps every record type shares, whatever its path: each handler of the four endpoint modules
/// reads its own request and calls one of these. A record is found only under its own type's path.
/// </summary>
internal static class ActivityRecords
{
    /// <summary>The filters of a list, all but the year optional; <see cref="Kinds"/> null lists every kind of the type.</summary>
    public sealed record Filter(int? Year, IReadOnlyCollection<ActivityKind>? Kinds, string? Status, DateOnly? From, DateOnly? To);

    public static async Task<ActivityResponse[]> ListAsync(
        ActivityDbContext db, Caller caller, Guid allianceId, ActivityType type, Filter filter, HttpContext http, CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Read, cancellationToken);
        var roc = Guards.Year(filter.Year).Roc;
        var status = KebabNames.Parse<ActivityStatus>(filter.Status, "status");
        var query = db.Activities.AsNoTracking().Where(a => a.AllianceId == allianceId && a.Year == roc && a.Type == type);
        query = filter.Kinds is { } kinds ? query.Where(a => kinds.Contains(a.Kind)) : query;
        query = status is { } s ? query.Where(a => a.Status == s) : query;
        query = filter.From is { } start ? query.Where(a => a.Date >= start) : query;
        query = filter.To is { } end ? query.Where(a => a.Date <= end) : query;
        var records = await query.OrderBy(a => a.Date).ThenBy(a => a.RecordedAt).ToListAsync(cancellationToken);
        var language = RequestLanguage.Of(http);
        return records.Select(a => ActivityResponse.From(a, language)).ToArray();
    }

    public static async Task<ActivityResponse> GetAsync(
        ActivityDbContext db, Caller caller, Guid allianceId, ActivityType type, Guid id, HttpContext http, CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Read, cancellationToken);
        var entry = await db.Activities.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id && a.AllianceId == allianceId && a.Type == type, cancellationToken)
            ?? throw Guards.ActivityNotFound(type);
        return ActivityResponse.From(entry, RequestLanguage.Of(http));
    }

    /// <summary>Records a record: 403, 404 or 422 for the alliance, then 400 from <paramref name="check"/>, then 422 when a rule refuses it.</summary>
    public static async Task<ActivityResponse> RecordAsync(
        ActivityDbContext db, Caller caller, Guid allianceId, Func<CheckedActivity> check, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Write, cancellationToken);
        var input = check();
        var now = clock.GetUtcNow();
        var entry = new ActivityEntry { Id = Guid.CreateVersion7(), AllianceId = allianceId, Type = input.Type, RecordedBy = caller.UserName, RecordedAt = now };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var member = await ActivityEvaluation.MemberOfAsync(db, input.MemberId, cancellationToken);
        input.ApplyTo(entry, member);
        ActivityEvaluation.Admit(entry, member, await ActivityEvaluation.OtherKindRecordedAsync(db, entry, cancellationToken), current: null);
        db.Activities.Add(entry);
        ActivityChanges.Stage(db, entry, ActivityChanges.Kind.Recorded, before: null, reason: null, caller.UserName, now);
        await ActivityChanges.SaveAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ActivityResponse.From(entry, RequestLanguage.Of(http));
    }

    /// <summary>Corrects a record with the whole of it again: 404, 422 when voided, 400 or 409 for the version, then as when recorded.</summary>
    public static async Task<ActivityResponse> CorrectAsync(
        ActivityDbContext db, Caller caller, Guid allianceId, ActivityType type, Guid id, Func<CheckedActivity> check, long? version, string reason,
        TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var entry = await LoadWritableAsync(db, caller, allianceId, id, type, version, cancellationToken);
        var input = check();
        var before = ActivityResponse.From(entry, language: null);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var member = await ActivityEvaluation.MemberOfAsync(db, input.MemberId, cancellationToken);
        var current = entry.Status;
        input.ApplyTo(entry, member);
        ActivityEvaluation.Admit(entry, member, await ActivityEvaluation.OtherKindRecordedAsync(db, entry, cancellationToken), current);
        entry.CorrectionReason = reason.Trim();
        ActivityChanges.Stage(db, entry, ActivityChanges.Kind.Corrected, before, entry.CorrectionReason, caller.UserName, clock.GetUtcNow());
        await ActivityChanges.SaveAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ActivityResponse.From(entry, RequestLanguage.Of(http));
    }

    public static async Task<ActivityResponse> VoidAsync(
        ActivityDbContext db, Caller caller, Guid allianceId, ActivityType type, Guid id, VoidActivityRequest request,
        TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var entry = await LoadWritableAsync(db, caller, allianceId, id, type, request.Version, cancellationToken);
        var before = ActivityResponse.From(entry, language: null);
        ActivityEvaluation.Void(entry);
        entry.VoidReason = request.Reason!.Trim();
        ActivityChanges.Stage(db, entry, ActivityChanges.Kind.Voided, before, entry.VoidReason, caller.UserName, clock.GetUtcNow());
        await ActivityChanges.SaveAsync(db, cancellationToken);
        return ActivityResponse.From(entry, RequestLanguage.Of(http));
    }

    public static async Task<ChangeEntry[]> HistoryAsync(
        ActivityDbContext db, Caller caller, Guid allianceId, ActivityType type, Guid id, CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Read, cancellationToken);
        return await db.Activities.AnyAsync(a => a.Id == id && a.AllianceId == allianceId && a.Type == type, cancellationToken)
            ? await db.HistoryOfAsync(ActivityChanges.History, id.ToString(), cancellationToken)
            : throw Guards.ActivityNotFound(type);
    }

    /// <summary>
    /// The record to change, after the caller may write the alliance (403, 404, 422 when terminated): 404 when
    /// not the alliance's or not of <paramref name="type"/>, 422 when voided, 400 without <paramref name="version"/>, 409 when stale.
    /// </summary>
    private static async Task<ActivityEntry> LoadWritableAsync(
        ActivityDbContext db, Caller caller, Guid allianceId, Guid id, ActivityType type, long? version, CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Write, cancellationToken);
        var entry = await db.Activities.SingleOrDefaultAsync(a => a.Id == id && a.AllianceId == allianceId && a.Type == type, cancellationToken)
            ?? throw Guards.ActivityNotFound(type);
        if (ActivityLifecycle.RefusalToChange(entry.Status) is { } refusal)
        {
            throw RuleMessages.Refusal(refusal, entry.FactsWith());
        }

        entry.RequireVersion(version);
        return entry;
    }
}
