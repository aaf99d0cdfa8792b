using System.ComponentModel.DataAnnotations;
using Alliance.Messaging.History;
using Alliance.Messaging.Writes;
using Alliance.Reporting.Api.Consumers;
using Alliance.Reporting.Api.Data;
using Alliance.ServiceDefaults.Problems;
using Alliance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Reporting.Api.Apis;

/// <summary>
/// An alliance's phase and year within it for one programme year, as reporting keeps it (our addition to the
/// issue's paths): the rules of that year read it, not today's phase. The centre corrects it.
/// </summary>
public static class PhasesApi
{
    public const string History = "phase";

    public static RouteGroupBuilder MapPhasesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup($"{Extensions.PublicPrefix}/alliances/{{allianceId:guid}}/years/{{year:int}}/phase").WithTags("Phases");
        group.MapGet("/", GetPhase).WithName(nameof(GetPhase))
            .WithSummary("The alliance's phase and year in phase for the year, and where it came from; version 0 and no phase when none is recorded.");
        group.MapPut("/", CorrectPhase).WithName(nameof(CorrectPhase))
            .WithSummary("Corrects the alliance's phase for the year (centre); send the version you read. 409 year-closed once the year is closed.")
            .RequireAuthorization(policy => policy.RequireRole(Roles.CentreAdmin));
        return group;
    }

    public static async Task<Ok<PhaseResponse>> GetPhase(Guid allianceId, int year, Caller caller, ReportingDbContext db, CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Read, cancellationToken);
        Guards.Year(year);
        var phase = await db.Phases.AsNoTracking().SingleOrDefaultAsync(p => p.AllianceId == allianceId && p.Year == year, cancellationToken);
        return TypedResults.Ok(PhaseResponse.From(allianceId, year, phase));
    }

    public static async Task<Ok<PhaseResponse>> CorrectPhase(
        Guid allianceId, int year, PhaseRequest request, Caller caller, ReportingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        Guards.Year(year);
        // The centre corrects any alliance's phase: the route's policy is the access rule, not the alliance's scope.
        await db.Alliances.RequireOpenAllianceAsync(allianceId, cancellationToken);
        await Guards.YearOfChangeAsync(db, year, cancellationToken);
        var phase = await db.Phases.SingleOrDefaultAsync(p => p.AllianceId == allianceId && p.Year == year, cancellationToken);
        phase.RequireVersion(request.Version);
        var before = phase is null ? null : PhaseResponse.From(allianceId, year, phase);
        if (phase is null)
        {
            phase = new AllianceYearPhase { AllianceId = allianceId, Year = year, Source = PhaseRows.FromCentre };
            db.Phases.Add(phase);
        }

        phase.Phase = request.Phase!.Value;
        phase.YearInPhase = request.YearInPhase!.Value;
        phase.Source = PhaseRows.FromCentre;
        db.AdvanceVersion(phase);
        db.RecordChange(History, $"{allianceId}:{year}", before is null ? "recorded" : "corrected", caller.UserName, clock.GetUtcNow(), before,
            PhaseResponse.From(allianceId, year, phase));
        // Two first corrections of one year meet on the key: the later one read a version that is no longer current.
        await db.SaveOrConflictAsync(cancellationToken, duplicate: VersionCheck.Stale());
        return TypedResults.Ok(PhaseResponse.From(allianceId, year, phase));
    }
}

public sealed class PhaseRequest
{
    /// <summary>1 (第一期) or 2 (第二期).</summary>
    [Required, Range(1, 2)]
    public int? Phase { get; init; }

    /// <summary>1 to 3.</summary>
    [Required, Range(1, 3)]
    public int? YearInPhase { get; init; }

    /// <summary>The version read: 0 or nothing when none is recorded yet; 409 when no longer current.</summary>
    public long? Version { get; init; }
}

/// <param name="Phase">null while none is recorded</param>
/// <param name="Source">opening (as at the year's opening), registration (as at the alliance's registration), centre (corrected); null while none</param>
public sealed record PhaseResponse(Guid AllianceId, int Year, int? Phase, int? YearInPhase, string? Source, long Version)
{
    public static PhaseResponse From(Guid allianceId, int year, AllianceYearPhase? phase) =>
        phase is null
            ? new(allianceId, year, null, null, null, VersionCheck.NotYetStored)
            : new(allianceId, year, phase.Phase, phase.YearInPhase, phase.Source, phase.Version);
}
