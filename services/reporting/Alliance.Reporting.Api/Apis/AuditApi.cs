using Alliance.Contracts.Reporting;
using Alliance.Messaging.Outbox;
using Alliance.Messaging.Roster.People;
using Alliance.Messaging.Writes;
using Alliance.Reporting.Api.Data;
using Alliance.Reporting.Domain;
using Alliance.Reporting.Domain.Summary;
using Alliance.ServiceDefaults.Problems;
using Alliance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Reporting.Api.Apis;

/// <summary>
/// The centre's audit (查核) of a submitted report: notes per row and overall, read by the alliance; reopening for
/// correction (補件) with a reason; or marking the audit complete, which is final within the year.
/// </summary>
public static class AuditApi
{
    public static RouteGroupBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup($"{Extensions.PublicPrefix}/alliances/{{allianceId:guid}}/rounds/{{roundId}}").WithTags("Round audits");
        group.MapGet("/audit-notes", GetAuditNotes).WithName(nameof(GetAuditNotes))
            .WithSummary("The centre's audit notes, oldest first, each on a row (kpi) or overall (kpi null), with who, when and the submission version it was written against.");
        // Policies rather than only checks in the handlers: a refused caller gets 403 before the body is validated.
        group.MapPost("/audit-notes", WriteAuditNote).WithName(nameof(WriteAuditNote))
            .WithSummary("Writes an audit note (centre) on a row or, without kpi, the overall note (查核記錄); only while submitted or reopened.")
            .RequireAuthorization(policy => policy.RequireRole(Roles.CentreAdmin));
        group.MapPost("/reopen", ReopenReport).WithName(nameof(ReopenReport))
            .WithSummary("Reopens a submitted report for correction (補件) with a reason (centre); the PI corrects and submits the next version.")
            .RequireAuthorization(policy => policy.RequireRole(Roles.CentreAdmin));
        group.MapPost("/audit-complete", CompleteAudit).WithName(nameof(CompleteAudit))
            .WithSummary("Marks the audit of a submitted report complete (centre): final within the year.")
            .RequireAuthorization(policy => policy.RequireRole(Roles.CentreAdmin));
        return group;
    }

    public static async Task<Ok<AuditNotesResponse>> GetAuditNotes(Guid allianceId, string roundId, Caller caller, ReportingDbContext db, CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Read, cancellationToken);
        var round = SummaryInput.Round(roundId);
        var state = await RoundReports.ReadAsync(db, allianceId, round.Id, cancellationToken);
        var notes = await db.AuditNotes.AsNoTracking()
            .Where(n => n.AllianceId == allianceId && n.RoundId == round.Id)
            .OrderBy(n => n.WrittenAt).ThenBy(n => n.Id)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new AuditNotesResponse(allianceId, round.Id, state.Status, notes.Select(AuditNoteResponse.Of).ToArray()));
    }

    public static async Task<Created<AuditNoteResponse>> WriteAuditNote(
        Guid allianceId, string roundId, AuditNoteRequest request, Caller caller, ReportingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        await db.Alliances.RequireOpenAllianceAsync(allianceId, cancellationToken);
        var round = SummaryInput.Round(roundId);
        var kpi = request.Kpi is null ? null
            : SummaryKpis.TryParse(request.Kpi, out var row) ? SummaryKpis.Code(row) : throw DomainException.Invalid("kpi", RoundMessages.UnknownRow);
        await using var change = await RoundReports.BeginAsync(db, allianceId, round, RoundAction.WriteAuditNote, checkVersion: false, version: null, cancellationToken);
        var now = clock.GetUtcNow();
        var note = new AuditNote
        {
            Id = Guid.CreateVersion7(now), AllianceId = allianceId, RoundId = round.Id, Kpi = kpi, Note = request.Note!.Trim(),
            SubmissionVersion = change.Report.Submissions, WrittenBy = caller.UserName, WrittenByName = await db.NameShownAsync(caller.UserName, cancellationToken), WrittenAt = now,
        };
        db.AuditNotes.Add(note);
        var written = AuditNoteResponse.Of(note);
        await change.SaveAsync("audit-note-written", caller, now, null, written, cancellationToken);
        return TypedResults.Created($"{Extensions.PublicPrefix}/alliances/{allianceId}/rounds/{round.Id}/audit-notes", written);
    }

    public static async Task<Ok<RoundStateResponse>> ReopenReport(
        Guid allianceId, string roundId, ReopenRequest request, Caller caller, ReportingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        await db.Alliances.RequireOpenAllianceAsync(allianceId, cancellationToken);
        var round = SummaryInput.Round(roundId);
        await using var change = await RoundReports.BeginAsync(db, allianceId, round, RoundAction.Reopen, checkVersion: true, request.Version, cancellationToken);
        var (report, latest) = (change.Report, change.Latest!);
        var before = new { status = change.Before, version = report.Version };
        var now = clock.GetUtcNow();
        var reason = request.Reason!.Trim();
        latest.ReopenedAt = now;
        latest.ReopenedBy = caller.UserName;
        latest.ReopenReason = reason;
        var version = db.AdvanceVersion(report);
        db.AddEvent(new ReportReopened
        {
            EventId = Guid.NewGuid(), OccurredAt = now, AllianceId = allianceId, RoundId = round.Id, Year = round.Year.Roc,
            SubmissionVersion = latest.Number, Reason = reason, ReopenedBy = caller.UserName, Version = version,
        });
        await change.SaveAsync("reopened", caller, now, before, new { status = report.Status, version, submissionVersion = latest.Number, reason }, cancellationToken);
        return TypedResults.Ok(new RoundStateResponse(allianceId, round.Id, report.Status, version, (await VersionResponse.OfAsync(db, [latest], cancellationToken))[0]));
    }

    public static async Task<Ok<RoundStateResponse>> CompleteAudit(
        Guid allianceId, string roundId, RoundActionRequest request, Caller caller, ReportingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        await db.Alliances.RequireOpenAllianceAsync(allianceId, cancellationToken);
        var round = SummaryInput.Round(roundId);
        await using var change = await RoundReports.BeginAsync(db, allianceId, round, RoundAction.CompleteAudit, checkVersion: true, request.Version, cancellationToken);
        var (report, latest) = (change.Report, change.Latest!);
        var before = new { status = change.Before, version = report.Version };
        var now = clock.GetUtcNow();
        latest.AuditedAt = now;
        latest.AuditedBy = caller.UserName;
        var version = db.AdvanceVersion(report);
        db.AddEvent(new ReportAudited
        {
            EventId = Guid.NewGuid(), OccurredAt = now, AllianceId = allianceId, RoundId = round.Id, Year = round.Year.Roc,
            SubmissionVersion = latest.Number, AuditedBy = caller.UserName, Version = version,
        });
        await change.SaveAsync("audit-completed", caller, now, before, new { status = report.Status, version, submissionVersion = latest.Number }, cancellationToken);
        return TypedResults.Ok(new RoundStateResponse(allianceId, round.Id, report.Status, version, (await VersionResponse.OfAsync(db, [latest], cancellationToken))[0]));
    }
}
