using Alliance.Contracts.SiteVisit;
using Alliance.Messaging.History;
using Alliance.Messaging.Outbox;
using Alliance.Messaging.Writes;
using Alliance.ServiceDefaults.Security;
using Alliance.SiteVisit.Api.Data;
using Alliance.SiteVisit.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Alliance.SiteVisit.Api.Apis;

/// <summary>The year's site visits (實地查訪): scheduled and completed by the centre; read by those they concern.</summary>
public static class VisitsApi
{
    public static RouteGroupBuilder MapVisitsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup($"{Extensions.PublicPrefix}/visits").WithTags("Visits");
        group.MapGet("/", ListVisits).WithName(nameof(ListVisits))
            .WithSummary("Visits by start; year and domainCode narrow them. The centre and officers see all; a reviewer the visits assigned to them; a PI or assistant their alliances' visits.");
        group.MapPost("/", ScheduleVisit).WithName(nameof(ScheduleVisit))
            .WithSummary("Schedules a visit (centre); 422 outside-visit-window for a start outside April–July without a reason, date-outside-programme-year, unknown-alliance.");
        group.MapGet("/{visitId:guid}", GetVisit).WithName(nameof(GetVisit))
            .WithSummary("One visit; 403 for a reviewer not assigned to it and for other alliances' PIs.");
        group.MapPut("/{visitId:guid}", ChangeVisit).WithName(nameof(ChangeVisit))
            .WithSummary("Changes a visit's year, start, place, agenda or reason (centre); send the version read. Its alliance never changes (422 alliance-cannot-change); a completed visit is 409 visit-completed.");
        group.MapPost("/{visitId:guid}/complete", CompleteVisit).WithName(nameof(CompleteVisit))
            .WithSummary("Completes a visit (centre): its submitted forms are final, its forms and reviewers no longer change.");
        group.MapGet("/{visitId:guid}/history", GetVisitHistory).WithName(nameof(GetVisitHistory))
            .WithSummary("Who scheduled, changed and completed the visit, and assigned or took off its reviewers, and when.");
        return group;
    }

    public static async Task<Ok<VisitResponse[]>> ListVisits(int? year, string? domainCode, Caller caller, SiteVisitDbContext db, CancellationToken cancellationToken)
    {
        var query = db.Visits.AsNoTracking();
        if (year is not null)
        {
            var roc = Guards.Year(year).Roc;
            query = query.Where(v => v.Year == roc);
        }

        if (!string.IsNullOrWhiteSpace(domainCode))
        {
            var domain = domainCode.Trim();
            query = query.Where(v => db.Alliances.Any(a => a.Id == v.AllianceId && a.DomainCode == domain));
        }

        if (!caller.ReadsEverything)
        {
            var own = SiteVisitAccess.OwnAlliances(caller);
            var reviewer = caller.Roles.Contains(Roles.Reviewer) ? caller.UserName : "";
            query = query.Where(v => own.Contains(v.AllianceId) || db.Assignments.Any(a => a.VisitId == v.Id && a.ReviewerUserName == reviewer && a.Active));
        }

        var visits = await query.OrderBy(v => v.StartsAt).ThenBy(v => v.Id).ToListAsync(cancellationToken);
        var alliances = await AllianceLookup.ByIdAsync(db, visits.Select(v => v.AllianceId), cancellationToken);
        var myForms = await MyFormStatusesAsync(db, caller, visits, cancellationToken);
        return TypedResults.Ok(visits.Select(v => VisitResponse.From(v, alliances.GetValueOrDefault(v.AllianceId), myForms?.GetValueOrDefault(v.Id))).ToArray());
    }

    /// <summary>For a reviewer, where their own form for each of the visits assigned to them stands; null for anyone else.</summary>
    private static async Task<Dictionary<Guid, string>?> MyFormStatusesAsync(SiteVisitDbContext db, Caller caller, List<Visit> visits, CancellationToken cancellationToken)
    {
        if (!caller.Roles.Contains(Roles.Reviewer))
        {
            return null;
        }

        var ids = visits.Select(v => v.Id).ToArray();
        var userName = caller.UserName;
        var mine = await (from a in db.Assignments.AsNoTracking()
                          where ids.Contains(a.VisitId) && a.ReviewerUserName == userName && a.Active
                          join f in db.Forms.AsNoTracking().Where(f => f.ReviewerUserName == userName) on a.VisitId equals f.VisitId into forms
                          from f in forms.DefaultIfEmpty()
                          select new { a.VisitId, Submitted = f == null ? (bool?)null : f.SubmittedAt != null })
            .ToListAsync(cancellationToken);
        return mine.ToDictionary(m => m.VisitId, m => FormStatuses.Of(m.Submitted));
    }

    public static async Task<Created<VisitResponse>> ScheduleVisit(
        VisitRequest request, Caller caller, SiteVisitDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        SiteVisitAccess.RequireCentre(caller);
        var input = CheckedVisit.From(request);
        var alliance = await AllianceLookup.WritableAsync(db, request.AllianceId!.Value, cancellationToken);
        input.CheckWindow();
        var now = clock.GetUtcNow();
        var visit = new Visit { Id = Guid.CreateVersion7(), AllianceId = alliance.Id, ScheduledBy = caller.UserName, ScheduledAt = now };
        input.ApplyTo(visit);
        db.Visits.Add(visit);
        VisitChanges.Stage(db, visit, "scheduled", before: null, caller.UserName, now);
        db.AddEvent(VisitChanges.Scheduled(visit, now));
        await db.SaveOrConflictAsync(cancellationToken);
        return TypedResults.Created($"{Extensions.PublicPrefix}/visits/{visit.Id}", VisitResponse.From(visit, alliance));
    }

    public static async Task<Ok<VisitResponse>> GetVisit(Guid visitId, Caller caller, SiteVisitDbContext db, CancellationToken cancellationToken)
    {
        var visit = await FindAsync(db.Visits.AsNoTracking(), visitId, cancellationToken);
        await SiteVisitAccess.RequireVisitReaderAsync(db, caller, visit, cancellationToken);
        var alliances = await AllianceLookup.ByIdAsync(db, [visit.AllianceId], cancellationToken);
        return TypedResults.Ok(VisitResponse.From(visit, alliances.GetValueOrDefault(visit.AllianceId)));
    }

    public static async Task<Ok<VisitResponse>> ChangeVisit(
        Guid visitId, VisitChangeRequest request, Caller caller, SiteVisitDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        SiteVisitAccess.RequireCentre(caller);
        var visit = await WritableAsync(db, visitId, request.Version, cancellationToken);
        var input = CheckedVisit.From(request);
        if (request.AllianceId != visit.AllianceId)
        {
            throw RuleMessages.AllianceCannotChange();
        }

        var alliance = await AllianceLookup.WritableAsync(db, visit.AllianceId, cancellationToken);
        input.CheckWindow();
        var now = clock.GetUtcNow();
        var before = VisitResponse.From(visit, alliance: null);
        input.ApplyTo(visit);
        VisitChanges.Stage(db, visit, "changed", before, caller.UserName, now);
        db.AddEvent(VisitChanges.Scheduled(visit, now));
        await db.SaveOrConflictAsync(cancellationToken);
        return TypedResults.Ok(VisitResponse.From(visit, alliance));
    }

    public static async Task<Ok<VisitResponse>> CompleteVisit(
        Guid visitId, CompleteVisitRequest request, Caller caller, SiteVisitDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        SiteVisitAccess.RequireCentre(caller);
        var visit = await WritableAsync(db, visitId, request.Version, cancellationToken);
        var submitted = await db.Forms.AsNoTracking().Where(f => f.VisitId == visitId && f.SubmittedAt != null).ToListAsync(cancellationToken);
        var averages = Scoring.Average(submitted.Select(f => (IReadOnlyList<int>)f.PointScores().Select(s => s.Score!.Value).ToArray()).ToArray());
        var now = clock.GetUtcNow();
        var before = VisitResponse.From(visit, alliance: null);
        (visit.CompletedAt, visit.CompletedBy) = (now, caller.UserName);
        VisitChanges.Stage(db, visit, "completed", before, caller.UserName, now);
        db.AddEvent(new SiteVisitCompleted
        {
            EventId = Guid.CreateVersion7(), OccurredAt = now, VisitId = visit.Id, AllianceId = visit.AllianceId, Year = visit.Year,
            SubmittedForms = averages.Forms, AverageTotal = averages.AverageTotal, Version = visit.Version,
        });
        await db.SaveOrConflictAsync(cancellationToken);
        var alliances = await AllianceLookup.ByIdAsync(db, [visit.AllianceId], cancellationToken);
        return TypedResults.Ok(VisitResponse.From(visit, alliances.GetValueOrDefault(visit.AllianceId)));
    }

    public static async Task<Ok<ChangeEntry[]>> GetVisitHistory(Guid visitId, Caller caller, SiteVisitDbContext db, CancellationToken cancellationToken)
    {
        var visit = await FindAsync(db.Visits.AsNoTracking(), visitId, cancellationToken);
        await SiteVisitAccess.RequireVisitReaderAsync(db, caller, visit, cancellationToken);
        return TypedResults.Ok(await db.HistoryOfAsync(VisitChanges.VisitHistory, visitId.ToString(), cancellationToken));
    }

    internal static async Task<Visit> FindAsync(IQueryable<Visit> visits, Guid visitId, CancellationToken cancellationToken) =>
        await visits.SingleOrDefaultAsync(v => v.Id == visitId, cancellationToken) ?? throw Guards.VisitNotFound();

    /// <summary>The visit to change: 404, 409 visit-completed, 400 without a version, 409 when stale.</summary>
    private static async Task<Visit> WritableAsync(SiteVisitDbContext db, Guid visitId, long? version, CancellationToken cancellationToken)
    {
        var visit = await FindAsync(db.Visits, visitId, cancellationToken);
        if (visit.Completed)
        {
            throw Guards.VisitCompleted();
        }

        visit.RequireVersion(version);
        return visit;
    }
}
