using Alliance.Activity.Api.Data;
using Alliance.Activity.Domain;
using Alliance.Messaging.History;
using Alliance.ServiceDefaults.Input;
using Alliance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Alliance.Activity.Api.Apis;

/// <summary>The outcomes an alliance helped its firm members to (new products, technologies, patents, hires, output value); corrected or voided, never deleted.</summary>
public static class OutcomesApi
{
    private const ActivityType Type = ActivityType.Outcome;

    public static RouteGroupBuilder MapOutcomesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup($"{Extensions.PublicPrefix}/alliances/{{allianceId:guid}}/outcomes").WithTags("Outcomes");
        group.MapGet("/", ListOutcomes).WithName(nameof(ListOutcomes))
            .WithSummary("The alliance's outcomes of a year, by date then recording time; kind (new-product, …, derived-output-value), status, from and to narrow them.");
        group.MapPost("/", RecordOutcome).WithName(nameof(RecordOutcome))
            .WithSummary("Records an outcome; 422 names the rule it breaks (a member that is not a firm member of the alliance with a contract on the date, a date outside the year).");
        group.MapGet("/{outcomeId:guid}", GetOutcome).WithName(nameof(GetOutcome)).WithSummary("One outcome with its status.");
        group.MapPut("/{outcomeId:guid}", CorrectOutcome).WithName(nameof(CorrectOutcome)).WithSummary("Corrects an outcome; send the version you read and the reason.");
        group.MapPost("/{outcomeId:guid}/void", VoidOutcome).WithName(nameof(VoidOutcome)).WithSummary("Voids an outcome with a reason; it is kept but no longer counts.");
        group.MapGet("/{outcomeId:guid}/history", GetOutcomeHistory).WithName(nameof(GetOutcomeHistory)).WithSummary("Who changed the outcome, and when.");
        return group;
    }

    public static async Task<Ok<ActivityResponse[]>> ListOutcomes(
        Guid allianceId, int? year, string? kind, string? status, DateOnly? from, DateOnly? to,
        Caller caller, ActivityDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var kinds = KebabNames.Parse<OutcomeKind>(kind, "kind") is { } only ? new[] { ActivityKinds.Of(only) } : null;
        return TypedResults.Ok(await ActivityRecords.ListAsync(db, caller, allianceId, Type, new(year, kinds, status, from, to), http, cancellationToken));
    }

    public static async Task<Ok<ActivityResponse>> GetOutcome(
        Guid allianceId, Guid outcomeId, Caller caller, ActivityDbContext db, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ActivityRecords.GetAsync(db, caller, allianceId, Type, outcomeId, http, cancellationToken));

    public static async Task<Created<ActivityResponse>> RecordOutcome(
        Guid allianceId, OutcomeRequest request, Caller caller, ActivityDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var recorded = await ActivityRecords.RecordAsync(db, caller, allianceId, () => CheckedActivity.From(request), clock, http, cancellationToken);
        return TypedResults.Created($"{Extensions.PublicPrefix}/alliances/{allianceId}/outcomes/{recorded.Id}", recorded);
    }

    public static async Task<Ok<ActivityResponse>> CorrectOutcome(
        Guid allianceId, Guid outcomeId, OutcomeCorrectionRequest request, Caller caller, ActivityDbContext db, TimeProvider clock, HttpContext http,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await ActivityRecords.CorrectAsync(db, caller, allianceId, Type, outcomeId, () => CheckedActivity.From(request),
            request.Version, request.Reason!, clock, http, cancellationToken));

    public static async Task<Ok<ActivityResponse>> VoidOutcome(
        Guid allianceId, Guid outcomeId, VoidActivityRequest request, Caller caller, ActivityDbContext db, TimeProvider clock, HttpContext http,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await ActivityRecords.VoidAsync(db, caller, allianceId, Type, outcomeId, request, clock, http, cancellationToken));

    public static async Task<Ok<ChangeEntry[]>> GetOutcomeHistory(
        Guid allianceId, Guid outcomeId, Caller caller, ActivityDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ActivityRecords.HistoryAsync(db, caller, allianceId, Type, outcomeId, cancellationToken));
}
