using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Alliance.Messaging.History;
using Alliance.Messaging.Writes;
using Alliance.Reporting.Api.Data;
using Alliance.ServiceDefaults.Problems;
using Alliance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Reporting.Api.Apis;

/// <summary>The programme's targets of a year (firm members, self-sufficient alliances): set by the centre, read by officers and the centre.</summary>
public static class ProgrammeTargetApi
{
    public const string History = "programme-target";

    public static RouteGroupBuilder MapProgrammeTargetApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup($"{Extensions.PublicPrefix}/years/{{year:int}}/programme-target").WithTags("Programme");
        group.MapGet("/", GetProgrammeTarget).WithName(nameof(GetProgrammeTarget))
            .WithSummary("The programme's firm-member and self-sufficient-alliance targets for the year; version 0 and nulls until the centre sets them.")
            .RequireAuthorization(policy => policy.RequireRole(Roles.MinistryOfficer, Roles.CentreAdmin));
        group.MapPut("/", SetProgrammeTarget).WithName(nameof(SetProgrammeTarget))
            .WithSummary("Sets the year's programme targets (centre); send the version read (0 the first time). 422 year-not-opened, 409 year-closed.")
            .RequireAuthorization(policy => policy.RequireRole(Roles.CentreAdmin));
        group.MapGet("/history", GetProgrammeTargetHistory).WithName(nameof(GetProgrammeTargetHistory))
            .WithSummary("Who set the year's programme targets to what, and when (before and after each change).")
            .RequireAuthorization(policy => policy.RequireRole(Roles.MinistryOfficer, Roles.CentreAdmin));
        return group;
    }

    public static async Task<Ok<ProgrammeTargetResponse>> GetProgrammeTarget(int year, ReportingDbContext db, CancellationToken cancellationToken)
    {
        Guards.Year(year);
        var target = await db.ProgrammeTargets.AsNoTracking().SingleOrDefaultAsync(t => t.Year == year, cancellationToken);
        return TypedResults.Ok(ProgrammeTargetResponse.From(year, target));
    }

    public static async Task<Ok<ProgrammeTargetResponse>> SetProgrammeTarget(
        int year, ProgrammeTargetRequest request, Caller caller, ReportingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        Guards.Year(year);
        await Guards.YearOfChangeAsync(db, year, cancellationToken);
        var target = await db.ProgrammeTargets.SingleOrDefaultAsync(t => t.Year == year, cancellationToken);
        target.RequireVersion(request.Version);
        var before = target is null ? null : ProgrammeTargetResponse.From(year, target);
        var now = clock.GetUtcNow();
        if (target is null)
        {
            target = new ProgrammeTarget { Year = year, ChangedBy = caller.UserName };
            db.ProgrammeTargets.Add(target);
        }

        (target.FirmMembers, target.SelfSufficientAlliances) = (request.FirmMembers!.Value, request.SelfSufficientAlliances!.Value);
        (target.ChangedBy, target.ChangedAt) = (caller.UserName, now);
        db.AdvanceVersion(target);
        db.RecordChange(History, HistoryId(year), before is null ? "set" : "changed", caller.UserName, now, before, ProgrammeTargetResponse.From(year, target));
        // Two first settings at once meet on the year: the later one read version 0, which is stale now.
        await db.SaveOrConflictAsync(cancellationToken, duplicate: VersionCheck.Stale());
        return TypedResults.Ok(ProgrammeTargetResponse.From(year, target));
    }

    public static async Task<Ok<ChangeEntry[]>> GetProgrammeTargetHistory(int year, ReportingDbContext db, CancellationToken cancellationToken)
    {
        Guards.Year(year);
        return TypedResults.Ok(await db.HistoryOfAsync(History, HistoryId(year), cancellationToken));
    }

    private static string HistoryId(int year) => year.ToString(CultureInfo.InvariantCulture);
}

public sealed class ProgrammeTargetRequest
{
    /// <summary>The programme-wide firm-member target (2,300 in 108).</summary>
    [Required, Range(0, 1_000_000)]
    public int? FirmMembers { get; init; }

    /// <summary>How many alliances should be self-sufficient (the briefing's aim: 79).</summary>
    [Required, Range(0, 100_000)]
    public int? SelfSufficientAlliances { get; init; }

    /// <summary>The version read: 0 or nothing the first time; 409 when no longer current.</summary>
    public long? Version { get; init; }
}
