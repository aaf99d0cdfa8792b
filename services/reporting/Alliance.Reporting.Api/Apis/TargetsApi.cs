using Alliance.Messaging.History;
using Alliance.Messaging.Writes;
using Alliance.Reporting.Api.Data;
using Alliance.Reporting.Domain;
using Alliance.ServiceDefaults.Problems;
using Alliance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Alliance.Reporting.Api.Apis;

/// <summary>
/// An alliance's expected targets (預期成果) for a year: its PI and assistants save and submit them, the centre
/// approves them or returns them with a note per KPI, and records exceptions to the rules (our addition); readers of
/// the alliance read them.
/// </summary>
public static class TargetsApi
{
    public static RouteGroupBuilder MapTargetsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup($"{Extensions.PublicPrefix}/alliances/{{allianceId:guid}}/years/{{year:int}}/targets").WithTags("Targets");
        group.MapGet("/", GetTargets).WithName(nameof(GetTargets))
            .WithSummary("The targets with their status, last year's as defaults, the centre's notes, each rule's verdict and the exceptions; version 0 when none are saved.");
        group.MapPut("/", SaveTargets).WithName(nameof(SaveTargets))
            .WithSummary("Saves the targets as a draft (PI, assistant); KPIs may be missing. Send the version you read.");
        group.MapPost("/submit", SubmitTargets).WithName(nameof(SubmitTargets))
            .WithSummary("Submits the targets (PI, assistant): 422 targets-incomplete naming each missing field, 422 with the rule's code unless excepted; " +
                "after the deadline accepted and marked late.");
        group.MapPost("/approve", ApproveTargets).WithName(nameof(ApproveTargets)).WithSummary("Approves submitted targets (centre).")
            .RequireAuthorization(policy => policy.RequireRole(Roles.CentreAdmin));
        group.MapPost("/return", ReturnTargets).WithName(nameof(ReturnTargets))
            .WithSummary("Returns submitted targets with a note per KPI (centre); the alliance corrects and submits again.")
            .RequireAuthorization(policy => policy.RequireRole(Roles.CentreAdmin));
        group.MapPost("/exceptions", RecordTargetException).WithName(nameof(RecordTargetException))
            .WithSummary("Records the centre's exception to a rule, with its note: the rule no longer refuses these targets.")
            .RequireAuthorization(policy => policy.RequireRole(Roles.CentreAdmin));
        group.MapGet("/history", GetTargetsHistory).WithName(nameof(GetTargetsHistory)).WithSummary("Who saved, submitted, audited the targets and recorded exceptions, and when.");
        return group;
    }

    public static async Task<Ok<TargetsResponse>> GetTargets(
        Guid allianceId, int year, Caller caller, ReportingDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Read, cancellationToken);
        Guards.Year(year);
        return TypedResults.Ok(await TargetRecords.ResponseAsync(db, allianceId, year, await TargetRecords.FindAsync(db, allianceId, year, cancellationToken),
            RequestLanguage.Of(http), cancellationToken));
    }

    public static async Task<Ok<TargetsResponse>> SaveTargets(
        Guid allianceId, int year, TargetsRequest request, Caller caller, ReportingDbContext db, TimeProvider clock, HttpContext http,
        CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Write, cancellationToken);
        Guards.Year(year);
        var values = TargetValuesJson.Read(request.Targets);
        var change = await TargetRecords.BeginAsync(db, allianceId, year, TargetAction.Save, request.Version, cancellationToken);
        change.Targets.ProposalFirmMembers = request.ProposalFirmMembers;
        change.Targets.Values = TargetValuesJson.Write(values);
        return TypedResults.Ok(await change.SaveAsync("saved", caller, clock, http, cancellationToken));
    }

    public static async Task<Ok<TargetsResponse>> SubmitTargets(
        Guid allianceId, int year, TargetsActionRequest request, Caller caller, ReportingDbContext db, TimeProvider clock, HttpContext http,
        CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Write, cancellationToken);
        Guards.Year(year);
        var change = await TargetRecords.BeginAsync(db, allianceId, year, TargetAction.Submit, request.Version, cancellationToken);
        var targets = change.Targets;
        var values = TargetValuesJson.ReadStored(targets.Values);
        if (TargetsResponse.MissingOf(targets.ProposalFirmMembers, values) is { Length: > 0 } missing)
        {
            throw new DomainException(ErrorCode.RuleViolated, TargetMessages.Incomplete,
                missing.ToDictionary(field => field, field => new[] { field == "proposalFirmMembers" ? TargetMessages.MissingProposal : TargetMessages.Missing }))
            { Rule = TargetMessages.IncompleteCode };
        }

        var context = await TargetContext.LoadAsync(db, allianceId, year, cancellationToken);
        var blocking = context.Check(targets.ProposalFirmMembers, values, targets.Exceptions).Where(v => v.Blocks).ToArray();
        if (blocking.Length > 0)
        {
            throw new DomainException(ErrorCode.RuleViolated, TargetMessages.For(blocking[0]),
                blocking.GroupBy(v => v.Field!).ToDictionary(g => g.Key, g => g.Select(TargetMessages.For).ToArray()))
            { Rule = TargetRuleCodes.Code(blocking[0].Rule) };
        }

        var now = clock.GetUtcNow();
        var lateness = Punctuality.Of(change.Year.DateOf(TargetLifecycle.DeadlineOfSubmission(change.Before)), now);
        targets.SubmittedAt = now;
        targets.SubmittedBy = caller.UserName;
        targets.LateDays = lateness?.Days;
        targets.LateBy = lateness?.By;
        return TypedResults.Ok(await change.SaveAsync("submitted", caller, clock, http, cancellationToken));
    }

    public static async Task<Ok<TargetsResponse>> ApproveTargets(
        Guid allianceId, int year, TargetsActionRequest request, Caller caller, ReportingDbContext db, TimeProvider clock, HttpContext http,
        CancellationToken cancellationToken)
    {
        await db.Alliances.RequireOpenAllianceAsync(allianceId, cancellationToken);
        Guards.Year(year);
        var change = await TargetRecords.BeginAsync(db, allianceId, year, TargetAction.Approve, request.Version, cancellationToken);
        change.Audited(caller, clock);
        return TypedResults.Ok(await change.SaveAsync("approved", caller, clock, http, cancellationToken));
    }

    public static async Task<Ok<TargetsResponse>> ReturnTargets(
        Guid allianceId, int year, ReturnTargetsRequest request, Caller caller, ReportingDbContext db, TimeProvider clock, HttpContext http,
        CancellationToken cancellationToken)
    {
        await db.Alliances.RequireOpenAllianceAsync(allianceId, cancellationToken);
        Guards.Year(year);
        var notes = TargetRecords.ReadNotes(request.Notes!);
        var change = await TargetRecords.BeginAsync(db, allianceId, year, TargetAction.Return, request.Version, cancellationToken);
        change.Targets.Notes = System.Text.Json.JsonSerializer.Serialize(notes);
        change.Audited(caller, clock);
        return TypedResults.Ok(await change.SaveAsync("returned", caller, clock, http, cancellationToken));
    }

    public static async Task<Ok<TargetsResponse>> RecordTargetException(
        Guid allianceId, int year, TargetExceptionRequest request, Caller caller, ReportingDbContext db, TimeProvider clock, HttpContext http,
        CancellationToken cancellationToken)
    {
        await db.Alliances.RequireOpenAllianceAsync(allianceId, cancellationToken);
        Guards.Year(year);
        var change = await TargetRecords.BeginAsync(db, allianceId, year, TargetAction.RecordException, request.Version, cancellationToken);
        var rule = request.Rule!.Value;
        var exception = change.Targets.Exceptions.SingleOrDefault(e => e.Rule == rule);
        if (exception is null)
        {
            exception = new TargetException { AllianceId = allianceId, Year = year, Rule = rule, Note = "", RecordedBy = caller.UserName };
            change.Targets.Exceptions.Add(exception);
            db.Add(exception);
        }

        exception.Note = request.Note!.Trim();
        exception.RecordedBy = caller.UserName;
        exception.RecordedAt = clock.GetUtcNow();
        return TypedResults.Ok(await change.SaveAsync("exception-recorded", caller, clock, http, cancellationToken));
    }

    public static async Task<Ok<ChangeEntry[]>> GetTargetsHistory(Guid allianceId, int year, Caller caller, ReportingDbContext db, CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Read, cancellationToken);
        Guards.Year(year);
        return TypedResults.Ok(await db.HistoryOfAsync(TargetRecords.History, TargetRecords.HistoryId(allianceId, year), cancellationToken));
    }
}
