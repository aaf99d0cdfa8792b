using Alliance.Activity.Api.Data;
using Alliance.Activity.Domain;
using Alliance.Messaging.History;
using Alliance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Alliance.Activity.Api.Apis;

/// <summary>An alliance's on-site factory guidance (訪廠現地指導) for its firm members; corrected or voided, never deleted.</summary>
public static class GuidanceApi
{
    private const ActivityType Type = ActivityType.Guidance;

    public static RouteGroupBuilder MapGuidanceApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup($"{Extensions.PublicPrefix}/alliances/{{allianceId:guid}}/guidance").WithTags("On-site guidance");
        group.MapGet("/", ListGuidance).WithName(nameof(ListGuidance))
            .WithSummary("The alliance's on-site guidance of a year, by date then recording time; status, from and to narrow them.");
        group.MapPost("/", RecordGuidance).WithName(nameof(RecordGuidance))
            .WithSummary("Records an on-site guidance; 422 names the rule it breaks (a member that is not a firm member of the alliance with a contract on the date, a date outside the year).");
        group.MapGet("/{guidanceId:guid}", GetGuidance).WithName(nameof(GetGuidance)).WithSummary("One on-site guidance with its status.");
        group.MapPut("/{guidanceId:guid}", CorrectGuidance).WithName(nameof(CorrectGuidance)).WithSummary("Corrects an on-site guidance; send the version you read and the reason.");
        group.MapPost("/{guidanceId:guid}/void", VoidGuidance).WithName(nameof(VoidGuidance)).WithSummary("Voids an on-site guidance with a reason; it is kept but no longer counts.");
        group.MapGet("/{guidanceId:guid}/history", GetGuidanceHistory).WithName(nameof(GetGuidanceHistory)).WithSummary("Who changed the on-site guidance, and when.");
        return group;
    }

    public static async Task<Ok<ActivityResponse[]>> ListGuidance(
        Guid allianceId, int? year, string? status, DateOnly? from, DateOnly? to,
        Caller caller, ActivityDbContext db, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ActivityRecords.ListAsync(db, caller, allianceId, Type, new(year, null, status, from, to), http, cancellationToken));

    public static async Task<Ok<ActivityResponse>> GetGuidance(
        Guid allianceId, Guid guidanceId, Caller caller, ActivityDbContext db, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ActivityRecords.GetAsync(db, caller, allianceId, Type, guidanceId, http, cancellationToken));

    public static async Task<Created<ActivityResponse>> RecordGuidance(
        Guid allianceId, MemberServiceRequest request, Caller caller, ActivityDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var recorded = await ActivityRecords.RecordAsync(db, caller, allianceId, () => CheckedActivity.From(request, ActivityKind.OnSiteGuidance), clock, http, cancellationToken);
        return TypedResults.Created($"{Extensions.PublicPrefix}/alliances/{allianceId}/guidance/{recorded.Id}", recorded);
    }

    public static async Task<Ok<ActivityResponse>> CorrectGuidance(
        Guid allianceId, Guid guidanceId, MemberServiceCorrectionRequest request, Caller caller, ActivityDbContext db, TimeProvider clock, HttpContext http,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await ActivityRecords.CorrectAsync(db, caller, allianceId, Type, guidanceId, () => CheckedActivity.From(request, ActivityKind.OnSiteGuidance),
            request.Version, request.Reason!, clock, http, cancellationToken));

    public static async Task<Ok<ActivityResponse>> VoidGuidance(
        Guid allianceId, Guid guidanceId, VoidActivityRequest request, Caller caller, ActivityDbContext db, TimeProvider clock, HttpContext http,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await ActivityRecords.VoidAsync(db, caller, allianceId, Type, guidanceId, request, clock, http, cancellationToken));

    public static async Task<Ok<ChangeEntry[]>> GetGuidanceHistory(
        Guid allianceId, Guid guidanceId, Caller caller, ActivityDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ActivityRecords.HistoryAsync(db, caller, allianceId, Type, guidanceId, cancellationToken));
}
