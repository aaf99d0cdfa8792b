using Alliance.Contracts.Reporting;
using Alliance.Messaging.History;
using Alliance.Messaging.Outbox;
using Alliance.Messaging.Roster.People;
using Alliance.Messaging.Writes;
using Alliance.Reporting.Api.Data;
using Alliance.Reporting.Domain;
using Alliance.Reporting.Domain.Summary;
using Alliance.ServiceDefaults.Problems;
using Alliance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Alliance.Reporting.Api.Apis;

/// <summary>
/// A round's report as the alliance writes it: variance texts and narratives saved as drafts as they are typed (PI,
/// assistant), and the PI's confirm-submit, which freezes both tables as a submission version; its history for readers.
/// </summary>
public static class RoundReportApi
{
    public const int MaxVariance = 2000;
    public const int MaxNarrative = 5000;

    public static RouteGroupBuilder MapRoundReportApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup($"{Extensions.PublicPrefix}/alliances/{{allianceId:guid}}/rounds/{{roundId}}").WithTags("Round reports");
        group.MapPut("/variance/{kpi}", SaveVariance).WithName(nameof(SaveVariance))
            .WithSummary("Saves a row's variance text (簡要差異分析) as typed (PI, assistant); no version, the last write wins. 409 once submitted or audited.");
        group.MapGet("/narratives", GetNarratives).WithName(nameof(GetNarratives))
            .WithSummary("The narratives, 產業效益 (industry) and 學界效益 (academic), with the report's status and version; empty and version 0 before any is saved.");
        group.MapPut("/narratives", SaveNarratives).WithName(nameof(SaveNarratives))
            .WithSummary("Saves both narratives as typed (PI, assistant); no version, the last write wins. 409 once submitted or audited.");
        group.MapPost("/submit", SubmitReport).WithName(nameof(SubmitReport))
            .WithSummary("Confirms and submits the report (PI only): both tables, texts and narratives are frozen as the next version; " +
                "after the deadline accepted and marked late. Send the version you read; 409 round-already-submitted, round-audited, year-closed.");
        group.MapGet("/history", GetRoundHistory).WithName(nameof(GetRoundHistory))
            .WithSummary("Who saved which text, submitted, reopened, noted and audited the report, and when (before and after each change).");
        return group;
    }

    public static async Task<Ok<VarianceResponse>> SaveVariance(
        Guid allianceId, string roundId, string kpi, VarianceRequest request, Caller caller, ReportingDbContext db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Write, cancellationToken);
        var round = SummaryInput.Round(roundId);
        var code = SummaryKpis.TryParse(kpi, out var row) ? SummaryKpis.Code(row) : throw DomainException.Invalid("kpi", RoundMessages.UnknownRow);
        var text = request.Text ?? "";
        await using var change = await RoundReports.BeginAsync(db, allianceId, round, RoundAction.SaveDraft, checkVersion: false, version: null, cancellationToken);
        var now = clock.GetUtcNow();
        var before = await change.WriteTextAsync(RoundText.Variance, code, text, caller, now, cancellationToken);
        await change.SaveAsync("variance-saved", caller, now, new { kpi = code, text = before }, new { kpi = code, text }, cancellationToken);
        return TypedResults.Ok(new VarianceResponse(allianceId, round.Id, code, text, change.Report.Status, change.Report.Version));
    }

    public static async Task<Ok<NarrativesResponse>> GetNarratives(
        Guid allianceId, string roundId, Caller caller, ReportingDbContext db, CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Read, cancellationToken);
        var round = SummaryInput.Round(roundId);
        var state = await RoundReports.ReadAsync(db, allianceId, round.Id, cancellationToken);
        return TypedResults.Ok(new NarrativesResponse(
            allianceId, round.Id, state.NarrativeOf(RoundText.Industry), state.NarrativeOf(RoundText.Academic), state.Status, state.Version));
    }

    public static async Task<Ok<NarrativesResponse>> SaveNarratives(
        Guid allianceId, string roundId, NarrativesRequest request, Caller caller, ReportingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Write, cancellationToken);
        var round = SummaryInput.Round(roundId);
        var (industry, academic) = (request.Industry ?? "", request.Academic ?? "");
        await using var change = await RoundReports.BeginAsync(db, allianceId, round, RoundAction.SaveDraft, checkVersion: false, version: null, cancellationToken);
        var now = clock.GetUtcNow();
        var industryBefore = await change.WriteTextAsync(RoundText.Narrative, RoundText.Industry, industry, caller, now, cancellationToken);
        var academicBefore = await change.WriteTextAsync(RoundText.Narrative, RoundText.Academic, academic, caller, now, cancellationToken);
        await change.SaveAsync("narratives-saved", caller, now, new { industry = industryBefore, academic = academicBefore }, new { industry, academic }, cancellationToken);
        return TypedResults.Ok(new NarrativesResponse(allianceId, round.Id, industry, academic, change.Report.Status, change.Report.Version));
    }

    public static async Task<Ok<RoundStateResponse>> SubmitReport(
        Guid allianceId, string roundId, RoundActionRequest request, Caller caller, ReportingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Write, cancellationToken);
        var round = SummaryInput.Round(roundId);
        await RoundReports.RequirePiAsync(db, caller, allianceId, cancellationToken);
        await using var change = await RoundReports.BeginAsync(db, allianceId, round, RoundAction.Submit, checkVersion: true, request.Version, cancellationToken);
        var report = change.Report;
        var before = new { status = change.Before, version = report.Version };

        // Read inside the round's lock: no draft lands between what is frozen and the submission it becomes.
        var state = await RoundReports.ReadAsync(db, allianceId, round.Id, cancellationToken);
        var members = await SummaryTable.CountMembersAsync(db, allianceId, round, cancellationToken);
        var quarterly = (await SummaryTable.ComputeAsync(db, allianceId, round, SummaryView.Quarterly, members, cancellationToken)).Rows;
        var cumulative = (await SummaryTable.ComputeAsync(db, allianceId, round, SummaryView.Cumulative, members, cancellationToken)).Rows;

        var now = clock.GetUtcNow();
        var deadline = change.Year.DateOf(RoundLifecycle.DeadlineOfSubmission(round, change.Before));
        var lateness = Punctuality.Of(deadline, now);
        report.Submissions += 1;
        var submission = new Submission
        {
            AllianceId = allianceId, RoundId = round.Id, Number = report.Submissions, SubmittedAt = now,
            SubmittedBy = caller.UserName, SubmittedByName = await db.NameShownAsync(caller.UserName, cancellationToken),
            Deadline = deadline, LateDays = lateness?.Days, LateBy = lateness?.By,
            Content = SubmittedContent.Write(quarterly, cumulative, state),
        };
        db.Submissions.Add(submission);
        var version = db.AdvanceVersion(report);
        db.AddEvent(new ReportSubmitted
        {
            EventId = Guid.NewGuid(), OccurredAt = now, AllianceId = allianceId, RoundId = round.Id, Year = round.Year.Roc, SubmissionVersion = submission.Number,
            SubmittedBy = caller.UserName, Late = lateness is not null, LateDays = lateness?.Days, LateBy = lateness?.By, Version = version,
        });
        var latest = (await VersionResponse.OfAsync(db, [submission], cancellationToken))[0];
        await change.SaveAsync("submitted", caller, now, before, new { status = report.Status, version, submission = latest }, cancellationToken);
        return TypedResults.Ok(new RoundStateResponse(allianceId, round.Id, report.Status, version, latest));
    }

    public static async Task<Ok<ChangeEntry[]>> GetRoundHistory(
        Guid allianceId, string roundId, Caller caller, ReportingDbContext db, CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Read, cancellationToken);
        var round = SummaryInput.Round(roundId);
        return TypedResults.Ok(await db.HistoryOfAsync(RoundReports.History, RoundReports.HistoryId(allianceId, round.Id), cancellationToken));
    }
}
