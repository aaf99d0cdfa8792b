using System.ComponentModel.DataAnnotations;
using Alliance.Contracts.SiteVisit;
using Alliance.Messaging.History;
using Alliance.Messaging.Outbox;
using Alliance.Messaging.Roster;
using Alliance.Messaging.Writes;
using Alliance.ServiceDefaults.Security;
using Alliance.SiteVisit.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Alliance.SiteVisit.Api.Apis;

/// <summary>Alliances flagged abnormal (異常) by the centre, with the reason; cleared with a note. The alliance's PI reads its own flag.</summary>
public static class AbnormalApi
{
    /// <summary>The history's entity type of an alliance's flag, by the alliance's id: every flag and clearing.</summary>
    public const string History = "abnormal";

    public static RouteGroupBuilder MapAbnormalApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup($"{Extensions.PublicPrefix}/abnormal").WithTags("Abnormal alliances");
        group.MapGet("/", ListAbnormal).WithName(nameof(ListAbnormal))
            .WithSummary("The alliances flagged abnormal now, by code; allianceId narrows them. The centre and officers read all; a PI or assistant their own alliances'.");
        group.MapPost("/", FlagAbnormal).WithName(nameof(FlagAbnormal))
            .WithSummary("Flags an alliance abnormal with a reason (centre); 409 already-flagged while it is.");
        group.MapPost("/{allianceId:guid}/clear", ClearAbnormal).WithName(nameof(ClearAbnormal))
            .WithSummary("Clears an alliance's flag with a note (centre); send the version read. 409 not-flagged when it is not flagged now.");
        group.MapGet("/{allianceId:guid}/history", GetAbnormalHistory).WithName(nameof(GetAbnormalHistory))
            .WithSummary("Every flag and clearing of the alliance, with who and when.");
        return group;
    }

    public static async Task<Ok<AbnormalFlagResponse[]>> ListAbnormal(Guid? allianceId, Caller caller, SiteVisitDbContext db, CancellationToken cancellationToken)
    {
        var query = db.AbnormalFlags.AsNoTracking().Where(f => f.Flagged);
        if (allianceId is { } id)
        {
            SiteVisitAccess.RequireAllianceReader(caller, id);
            query = query.Where(f => f.AllianceId == id);
        }
        else if (!caller.ReadsEverything)
        {
            SiteVisitAccess.RequireSomeAllianceReader(caller);
            var own = SiteVisitAccess.OwnAlliances(caller);
            query = query.Where(f => own.Contains(f.AllianceId));
        }

        var flags = await query.ToListAsync(cancellationToken);
        var alliances = await AllianceLookup.ByIdAsync(db, flags.Select(f => f.AllianceId), cancellationToken);
        return TypedResults.Ok(flags.Select(f => AbnormalFlagResponse.From(f, alliances.GetValueOrDefault(f.AllianceId)))
            .OrderBy(f => f.AllianceCode, StringComparer.Ordinal).ToArray());
    }

    public static async Task<Created<AbnormalFlagResponse>> FlagAbnormal(
        FlagAbnormalRequest request, Caller caller, SiteVisitDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        SiteVisitAccess.RequireCentre(caller);
        var errors = new FieldErrors();
        var reason = errors.Text("reason", request.Reason);
        errors.ThrowIfAny();
        var alliance = await AllianceLookup.WritableAsync(db, request.AllianceId!.Value, cancellationToken);
        var flag = await db.AbnormalFlags.SingleOrDefaultAsync(f => f.AllianceId == alliance.Id, cancellationToken);
        if (flag is { Flagged: true })
        {
            throw Guards.AlreadyFlagged();
        }

        var now = clock.GetUtcNow();
        var before = flag is null ? null : AbnormalFlagResponse.From(flag, alliance: null);
        if (flag is null)
        {
            flag = new AbnormalFlag { AllianceId = alliance.Id };
            db.AbnormalFlags.Add(flag);
        }

        (flag.Flagged, flag.Reason, flag.FlaggedBy, flag.FlaggedAt) = (true, reason, caller.UserName, now);
        (flag.Note, flag.ClearedBy, flag.ClearedAt) = (null, null, null);
        Stage(db, flag, "flagged", before, caller.UserName, now);
        db.AddEvent(new AllianceFlaggedAbnormal { EventId = Guid.CreateVersion7(), OccurredAt = now, AllianceId = flag.AllianceId, Reason = reason, Version = flag.Version });
        // Two first flags at once collide on the alliance: the second is told it is flagged.
        await db.SaveOrConflictAsync(cancellationToken, duplicate: Guards.AlreadyFlagged());
        return TypedResults.Created($"{Extensions.PublicPrefix}/abnormal?allianceId={alliance.Id}", AbnormalFlagResponse.From(flag, alliance));
    }

    public static async Task<Ok<AbnormalFlagResponse>> ClearAbnormal(
        Guid allianceId, ClearAbnormalRequest request, Caller caller, SiteVisitDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        SiteVisitAccess.RequireCentre(caller);
        var flag = await db.AbnormalFlags.SingleOrDefaultAsync(f => f.AllianceId == allianceId, cancellationToken) ?? throw Guards.FlagNotFound();
        if (!flag.Flagged)
        {
            throw Guards.NotFlagged();
        }

        flag.RequireVersion(request.Version);
        var errors = new FieldErrors();
        var note = errors.Text("note", request.Note);
        errors.ThrowIfAny();
        var now = clock.GetUtcNow();
        var before = AbnormalFlagResponse.From(flag, alliance: null);
        (flag.Flagged, flag.Note, flag.ClearedBy, flag.ClearedAt) = (false, note, caller.UserName, now);
        Stage(db, flag, "cleared", before, caller.UserName, now);
        db.AddEvent(new AllianceFlagCleared { EventId = Guid.CreateVersion7(), OccurredAt = now, AllianceId = flag.AllianceId, Note = note, Version = flag.Version });
        await db.SaveOrConflictAsync(cancellationToken);
        var alliance = (await AllianceLookup.ByIdAsync(db, [allianceId], cancellationToken)).GetValueOrDefault(allianceId);
        return TypedResults.Ok(AbnormalFlagResponse.From(flag, alliance));
    }

    public static async Task<Ok<ChangeEntry[]>> GetAbnormalHistory(Guid allianceId, Caller caller, SiteVisitDbContext db, CancellationToken cancellationToken)
    {
        SiteVisitAccess.RequireAllianceReader(caller, allianceId);
        return await db.AbnormalFlags.AnyAsync(f => f.AllianceId == allianceId, cancellationToken)
            ? TypedResults.Ok(await db.HistoryOfAsync(History, allianceId.ToString(), cancellationToken))
            : throw Guards.FlagNotFound();
    }

    private static void Stage(SiteVisitDbContext db, AbnormalFlag flag, string action, AbnormalFlagResponse? before, string actor, DateTimeOffset now)
    {
        db.AdvanceVersion(flag);
        db.RecordChange(History, flag.AllianceId.ToString(), action, actor, now, before, AbnormalFlagResponse.From(flag, alliance: null));
    }
}

public sealed class FlagAbnormalRequest
{
    [Required]
    public Guid? AllianceId { get; init; }

    [Required, StringLength(1000)]
    public string? Reason { get; init; }
}

public sealed class ClearAbnormalRequest
{
    [Required, StringLength(1000)]
    public string? Note { get; init; }

    /// <summary>The flag's version read: 400 without it, 409 when no longer current.</summary>
    public long? Version { get; init; }
}

/// <summary>An alliance's abnormal flag: <c>flagged</c> with its reason, or cleared with a note; the version counts both.</summary>
public sealed record AbnormalFlagResponse(
    Guid AllianceId, string? AllianceCode, string? AllianceName, bool Flagged, string Reason, string FlaggedBy, DateTimeOffset FlaggedAt,
    string? Note, string? ClearedBy, DateTimeOffset? ClearedAt, long Version)
{
    internal static AbnormalFlagResponse From(AbnormalFlag f, RosterAlliance? alliance) => new(
        f.AllianceId, alliance?.Code, alliance?.Name, f.Flagged, f.Reason, f.FlaggedBy, f.FlaggedAt, f.Note, f.ClearedBy, f.ClearedAt, f.Version);
}
