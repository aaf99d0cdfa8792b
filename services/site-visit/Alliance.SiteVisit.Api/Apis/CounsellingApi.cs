using System.ComponentModel.DataAnnotations;
using Alliance.Messaging.History;
using Alliance.Messaging.Writes;
using Alliance.ServiceDefaults.Security;
using Alliance.SiteVisit.Api.Data;
using Alliance.SiteVisit.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Alliance.SiteVisit.Api.Apis;

/// <summary>Counselling sessions (輔導) the centre records for alliances; the alliance's PI and assistants read their own.</summary>
public static class CounsellingApi
{
    /// <summary>The history's entity type of a session, by its id.</summary>
    public const string History = "counselling";

    /// <summary>The two-number lock space's class for a year's marketing demonstrations.</summary>
    private const int DemonstrationLockClass = 0x434F554E;

    public static RouteGroupBuilder MapCounsellingApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup($"{Extensions.PublicPrefix}/counselling").WithTags("Counselling");
        group.MapGet("/", ListCounselling).WithName(nameof(ListCounselling))
            .WithSummary("Counselling sessions by date; year and allianceId narrow them. The centre and officers read all; a PI or assistant their own alliances'.");
        group.MapPost("/", RecordCounselling).WithName(nameof(RecordCounselling))
            .WithSummary("Records a session (centre): lecture, case or marketing-demonstration; 422 marketing-demonstration-limit for a third alliance in a year, " +
                "date-outside-programme-year, unknown-alliance.");
        return group;
    }

    public static async Task<Ok<CounsellingResponse[]>> ListCounselling(int? year, Guid? allianceId, Caller caller, SiteVisitDbContext db, CancellationToken cancellationToken)
    {
        var query = db.Counselling.AsNoTracking();
        if (allianceId is { } id)
        {
            SiteVisitAccess.RequireAllianceReader(caller, id);
            query = query.Where(s => s.AllianceId == id);
        }
        else if (!caller.ReadsEverything)
        {
            SiteVisitAccess.RequireSomeAllianceReader(caller);
            var own = SiteVisitAccess.OwnAlliances(caller);
            query = query.Where(s => own.Contains(s.AllianceId));
        }

        if (year is not null)
        {
            var roc = Guards.Year(year).Roc;
            query = query.Where(s => s.Year == roc);
        }

        var sessions = await query.OrderBy(s => s.Date).ThenBy(s => s.RecordedAt).ToListAsync(cancellationToken);
        var alliances = await AllianceLookup.ByIdAsync(db, sessions.Select(s => s.AllianceId), cancellationToken);
        return TypedResults.Ok(sessions.Select(s => CounsellingResponse.From(s, alliances.GetValueOrDefault(s.AllianceId)?.Code, alliances.GetValueOrDefault(s.AllianceId)?.Name)).ToArray());
    }

    public static async Task<Created<CounsellingResponse>> RecordCounselling(
        CounsellingRequest request, Caller caller, SiteVisitDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        SiteVisitAccess.RequireCentre(caller);
        var errors = new FieldErrors();
        var year = errors.Year(request.Year);
        var notes = errors.Text("notes", request.Notes);
        errors.ThrowIfAny();
        var alliance = await AllianceLookup.WritableAsync(db, request.AllianceId!.Value, cancellationToken);
        var kind = request.Kind!.Value;
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Two sessions for two new alliances at once must not both pass the limit: each reads the year's under one lock.
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({DemonstrationLockClass}, {year.Roc})", cancellationToken);
        var demonstrated = (await db.Counselling.Where(s => s.Year == year.Roc && s.Kind == CounsellingKind.MarketingDemonstration)
            .Select(s => s.AllianceId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        if (CounsellingRules.Check(year, kind, request.Date!.Value, alliance.Id, demonstrated) is { } breach)
        {
            throw RuleMessages.Refusal(breach, year);
        }

        var session = new CounsellingSession
        {
            Id = Guid.CreateVersion7(), AllianceId = alliance.Id, Year = year.Roc, Kind = kind, Date = request.Date.Value, Notes = notes,
            Recommendations = request.Recommendations?.Trim() ?? "", RecordedBy = caller.UserName, RecordedAt = now,
        };
        db.Counselling.Add(session);
        var response = CounsellingResponse.From(session, alliance.Code, alliance.Name);
        db.RecordChange(History, session.Id.ToString(), "recorded", caller.UserName, now, null, response);
        await db.SaveOrConflictAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"{Extensions.PublicPrefix}/counselling?allianceId={alliance.Id}", response);
    }
}

/// <summary>A counselling session as the centre records it.</summary>
public sealed class CounsellingRequest
{
    [Required]
    public Guid? AllianceId { get; init; }

    /// <summary>The programme year (ROC); the date lies in it.</summary>
    [Required]
    public int? Year { get; init; }

    /// <summary>lecture (newly started alliances), case (interviews and recommendations) or marketing-demonstration (two chosen alliances a year).</summary>
    [Required]
    public CounsellingKind? Kind { get; init; }

    [Required]
    public DateOnly? Date { get; init; }

    [Required, StringLength(4000)]
    public string? Notes { get; init; }

    [StringLength(4000)]
    public string? Recommendations { get; init; }
}

public sealed record CounsellingResponse(
    Guid Id, Guid AllianceId, string? AllianceCode, string? AllianceName, int Year, CounsellingKind Kind, DateOnly Date, string Notes, string Recommendations,
    string RecordedBy, DateTimeOffset RecordedAt)
{
    internal static CounsellingResponse From(CounsellingSession s, string? allianceCode, string? allianceName) => new(
        s.Id, s.AllianceId, allianceCode, allianceName, s.Year, s.Kind, s.Date, s.Notes, s.Recommendations, s.RecordedBy, s.RecordedAt);
}
