using Alliance.Activity.Api.Data;
using Alliance.Activity.Domain;
using Alliance.Messaging.History;
using Alliance.ServiceDefaults.Input;
using Alliance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Alliance.Activity.Api.Apis;

/// <summary>An alliance's promotion events (聯盟推廣活動) and technical seminars (舉辦技術研討會); corrected or voided, never deleted.</summary>
public static class EventsApi
{
    private const ActivityType Type = ActivityType.Event;

    public static RouteGroupBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup($"{Extensions.PublicPrefix}/alliances/{{allianceId:guid}}/events").WithTags("Events");
        group.MapGet("/", ListEvents).WithName(nameof(ListEvents))
            .WithSummary("The alliance's events of a year, by date then recording time; kind (promotion, seminar), status, from and to narrow them.");
        group.MapPost("/", RecordEvent).WithName(nameof(RecordEvent))
            .WithSummary("Records an event; 422 names the rule it breaks (the same date and title recorded as the other kind, a date outside the year).");
        group.MapGet("/{eventId:guid}", GetEvent).WithName(nameof(GetEvent)).WithSummary("One event with its status.");
        group.MapPut("/{eventId:guid}", CorrectEvent).WithName(nameof(CorrectEvent)).WithSummary("Corrects an event; send the version you read and the reason.");
        group.MapPost("/{eventId:guid}/void", VoidEvent).WithName(nameof(VoidEvent)).WithSummary("Voids an event with a reason; it is kept but no longer counts.");
        group.MapGet("/{eventId:guid}/history", GetEventHistory).WithName(nameof(GetEventHistory)).WithSummary("Who changed the event, and when.");
        return group;
    }

    public static async Task<Ok<ActivityResponse[]>> ListEvents(
        Guid allianceId, int? year, string? kind, string? status, DateOnly? from, DateOnly? to,
        Caller caller, ActivityDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var kinds = KebabNames.Parse<EventKind>(kind, "kind") is { } only ? new[] { ActivityKinds.Of(only) } : null;
        return TypedResults.Ok(await ActivityRecords.ListAsync(db, caller, allianceId, Type, new(year, kinds, status, from, to), http, cancellationToken));
    }

    public static async Task<Ok<ActivityResponse>> GetEvent(
        Guid allianceId, Guid eventId, Caller caller, ActivityDbContext db, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ActivityRecords.GetAsync(db, caller, allianceId, Type, eventId, http, cancellationToken));

    public static async Task<Created<ActivityResponse>> RecordEvent(
        Guid allianceId, EventRequest request, Caller caller, ActivityDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var recorded = await ActivityRecords.RecordAsync(db, caller, allianceId, () => CheckedActivity.From(request), clock, http, cancellationToken);
        return TypedResults.Created($"{Extensions.PublicPrefix}/alliances/{allianceId}/events/{recorded.Id}", recorded);
    }

    public static async Task<Ok<ActivityResponse>> CorrectEvent(
        Guid allianceId, Guid eventId, EventCorrectionRequest request, Caller caller, ActivityDbContext db, TimeProvider clock, HttpContext http,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await ActivityRecords.CorrectAsync(db, caller, allianceId, Type, eventId, () => CheckedActivity.From(request),
            request.Version, request.Reason!, clock, http, cancellationToken));

    public static async Task<Ok<ActivityResponse>> VoidEvent(
        Guid allianceId, Guid eventId, VoidActivityRequest request, Caller caller, ActivityDbContext db, TimeProvider clock, HttpContext http,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await ActivityRecords.VoidAsync(db, caller, allianceId, Type, eventId, request, clock, http, cancellationToken));

    public static async Task<Ok<ChangeEntry[]>> GetEventHistory(
        Guid allianceId, Guid eventId, Caller caller, ActivityDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ActivityRecords.HistoryAsync(db, caller, allianceId, Type, eventId, cancellationToken));
}
