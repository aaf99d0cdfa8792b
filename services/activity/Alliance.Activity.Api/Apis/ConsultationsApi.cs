using Alliance.Activity.Api.Data;
using Alliance.Activity.Domain;
using Alliance.Messaging.History;
using Alliance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Alliance.Activity.Api.Apis;

/// <summary>An alliance's professional consultations (專業諮詢服務) for its firm members; corrected or voided, never deleted.</summary>
public static class ConsultationsApi
{
    private const ActivityType Type = ActivityType.Consultation;

    public static RouteGroupBuilder MapConsultationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup($"{Extensions.PublicPrefix}/alliances/{{allianceId:guid}}/consultations").WithTags("Consultations");
        group.MapGet("/", ListConsultations).WithName(nameof(ListConsultations))
            .WithSummary("The alliance's consultations of a year, by date then recording time; status, from and to narrow them.");
        group.MapPost("/", RecordConsultation).WithName(nameof(RecordConsultation))
            .WithSummary("Records a consultation; 422 names the rule it breaks (a member that is not a firm member of the alliance with a contract on the date, a date outside the year).");
        group.MapGet("/{consultationId:guid}", GetConsultation).WithName(nameof(GetConsultation)).WithSummary("One consultation with its status.");
        group.MapPut("/{consultationId:guid}", CorrectConsultation).WithName(nameof(CorrectConsultation)).WithSummary("Corrects a consultation; send the version you read and the reason.");
        group.MapPost("/{consultationId:guid}/void", VoidConsultation).WithName(nameof(VoidConsultation)).WithSummary("Voids a consultation with a reason; it is kept but no longer counts.");
        group.MapGet("/{consultationId:guid}/history", GetConsultationHistory).WithName(nameof(GetConsultationHistory)).WithSummary("Who changed the consultation, and when.");
        return group;
    }

    public static async Task<Ok<ActivityResponse[]>> ListConsultations(
        Guid allianceId, int? year, string? status, DateOnly? from, DateOnly? to,
        Caller caller, ActivityDbContext db, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ActivityRecords.ListAsync(db, caller, allianceId, Type, new(year, null, status, from, to), http, cancellationToken));

    public static async Task<Ok<ActivityResponse>> GetConsultation(
        Guid allianceId, Guid consultationId, Caller caller, ActivityDbContext db, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ActivityRecords.GetAsync(db, caller, allianceId, Type, consultationId, http, cancellationToken));

    public static async Task<Created<ActivityResponse>> RecordConsultation(
        Guid allianceId, MemberServiceRequest request, Caller caller, ActivityDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var recorded = await ActivityRecords.RecordAsync(db, caller, allianceId, () => CheckedActivity.From(request, ActivityKind.Consultation), clock, http, cancellationToken);
        return TypedResults.Created($"{Extensions.PublicPrefix}/alliances/{allianceId}/consultations/{recorded.Id}", recorded);
    }

    public static async Task<Ok<ActivityResponse>> CorrectConsultation(
        Guid allianceId, Guid consultationId, MemberServiceCorrectionRequest request, Caller caller, ActivityDbContext db, TimeProvider clock, HttpContext http,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await ActivityRecords.CorrectAsync(db, caller, allianceId, Type, consultationId, () => CheckedActivity.From(request, ActivityKind.Consultation),
            request.Version, request.Reason!, clock, http, cancellationToken));

    public static async Task<Ok<ActivityResponse>> VoidConsultation(
        Guid allianceId, Guid consultationId, VoidActivityRequest request, Caller caller, ActivityDbContext db, TimeProvider clock, HttpContext http,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await ActivityRecords.VoidAsync(db, caller, allianceId, Type, consultationId, request, clock, http, cancellationToken));

    public static async Task<Ok<ChangeEntry[]>> GetConsultationHistory(
        Guid allianceId, Guid consultationId, Caller caller, ActivityDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ActivityRecords.HistoryAsync(db, caller, allianceId, Type, consultationId, cancellationToken));
}
