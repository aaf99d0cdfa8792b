using Alliance.Messaging.History;
using Alliance.Messaging.Writes;
using Alliance.Reporting.Api.Data;
using Alliance.Reporting.Domain;
using Alliance.Reporting.Domain.Programme;
using Alliance.ServiceDefaults.Problems;
using Alliance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Reporting.Api.Apis;

/// <summary>
/// An alliance's mid-term review outcome (期中審查結果) for a year: recorded by the centre, confirmed by an officer, published to
/// the alliance from the year's review-results date on.
/// </summary>
public static class ReviewOutcomeApi
{
    public const string History = "review-outcome";

    public static RouteGroupBuilder MapReviewOutcomeApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup($"{Extensions.PublicPrefix}/alliances/{{allianceId:guid}}/years/{{year:int}}/review-outcome").WithTags("Review outcomes");
        group.MapGet("/", GetReviewOutcome).WithName(nameof(GetReviewOutcome))
            .WithSummary("The outcome as recorded (officers and the centre). The alliance's own readers get it only once an officer confirmed it and " +
                "the year's review-results date (Taiwan) has come; before that they get 200 with version 0 and no outcome, comments or conditions.");
        group.MapPut("/", RecordReviewOutcome).WithName(nameof(RecordReviewOutcome))
            .WithSummary("Records the outcome (centre): continues, continues-with-conditions (conditions required) or funding-ends, with the reviewers' " +
                "comments; send the version read (0 the first time). Every change withdraws a confirmation: an officer confirms it anew.")
            .RequireAuthorization(policy => policy.RequireRole(Roles.CentreAdmin));
        group.MapPost("/confirm", ConfirmReviewOutcome).WithName(nameof(ConfirmReviewOutcome))
            .WithSummary("Confirms the recorded outcome (ministry officers); send the version read. 404 when none is recorded, 409 review-outcome-confirmed.")
            .RequireAuthorization(policy => policy.RequireRole(Roles.MinistryOfficer));
        group.MapGet("/history", GetReviewOutcomeHistory).WithName(nameof(GetReviewOutcomeHistory))
            .WithSummary("Every recording and confirmation of the outcome, with who and when (officers and the centre).")
            .RequireAuthorization(policy => policy.RequireRole(Roles.MinistryOfficer, Roles.CentreAdmin));
        return group;
    }

    public static async Task<Ok<ReviewOutcomeResponse>> GetReviewOutcome(
        Guid allianceId, int year, Caller caller, ReportingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Read, cancellationToken);
        var publishesOn = await ReviewResultsDateAsync(db, Guards.Year(year), cancellationToken);
        var outcome = await db.ReviewOutcomes.AsNoTracking().SingleOrDefaultAsync(o => o.AllianceId == allianceId && o.Year == year, cancellationToken);
        var published = outcome is not null && ReviewOutcomes.IsPublished(outcome.Confirmed, publishesOn, clock.GetUtcNow());
        return TypedResults.Ok(caller.ReadsEverything || published
            ? ReviewOutcomeResponse.From(allianceId, year, outcome, publishesOn, published)
            : ReviewOutcomeResponse.From(allianceId, year, null, publishesOn, published: false));
    }

    public static async Task<Ok<ReviewOutcomeResponse>> RecordReviewOutcome(
        Guid allianceId, int year, ReviewOutcomeRequest request, Caller caller, ReportingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var programmeYear = Guards.Year(year);
        var (kind, conditions, comments) = ReviewOutcomeInput.Read(request);
        await db.Alliances.RequireOpenAllianceAsync(allianceId, cancellationToken);
        var stored = await Guards.YearOfChangeAsync(db, year, cancellationToken);
        var outcome = await db.ReviewOutcomes.SingleOrDefaultAsync(o => o.AllianceId == allianceId && o.Year == year, cancellationToken);
        outcome.RequireVersion(request.Version);
        var publishesOn = stored.DateOf(DeadlineCode.ReviewResults);
        var before = outcome is null ? null : ReviewOutcomeResponse.From(allianceId, year, outcome, publishesOn, published: false);
        var now = clock.GetUtcNow();
        if (outcome is null)
        {
            outcome = new ReviewOutcomeRecord { AllianceId = allianceId, Year = programmeYear.Roc, Outcome = "", Comments = "", RecordedBy = caller.UserName };
            db.ReviewOutcomes.Add(outcome);
        }

        (outcome.Outcome, outcome.Conditions, outcome.Comments) = (ReviewOutcomeInput.Code(kind), conditions, comments);
        (outcome.RecordedBy, outcome.RecordedAt) = (caller.UserName, now);
        (outcome.Confirmed, outcome.ConfirmedBy, outcome.ConfirmedAt) = (false, null, null);
        return TypedResults.Ok(await SaveAsync(db, outcome, before is null ? "recorded" : "changed", before, caller, now, publishesOn, cancellationToken));
    }

    public static async Task<Ok<ReviewOutcomeResponse>> ConfirmReviewOutcome(
        Guid allianceId, int year, ConfirmReviewOutcomeRequest request, Caller caller, ReportingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        Guards.Year(year);
        await db.Alliances.RequireOpenAllianceAsync(allianceId, cancellationToken);
        var stored = await Guards.YearOfChangeAsync(db, year, cancellationToken);
        var outcome = await db.ReviewOutcomes.SingleOrDefaultAsync(o => o.AllianceId == allianceId && o.Year == year, cancellationToken)
            ?? throw DomainException.NotFound(ReviewOutcomeInput.NotRecorded);
        if (outcome.Confirmed)
        {
            throw ReviewOutcomeInput.AlreadyConfirmed();
        }

        outcome.RequireVersion(request.Version);
        var publishesOn = stored.DateOf(DeadlineCode.ReviewResults);
        var before = ReviewOutcomeResponse.From(allianceId, year, outcome, publishesOn, published: false);
        var now = clock.GetUtcNow();
        (outcome.Confirmed, outcome.ConfirmedBy, outcome.ConfirmedAt) = (true, caller.UserName, now);
        return TypedResults.Ok(await SaveAsync(db, outcome, "confirmed", before, caller, now, publishesOn, cancellationToken));
    }

    public static async Task<Ok<ChangeEntry[]>> GetReviewOutcomeHistory(Guid allianceId, int year, Caller caller, ReportingDbContext db, CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Read, cancellationToken);
        Guards.Year(year);
        return TypedResults.Ok(await db.HistoryOfAsync(History, $"{allianceId}:{year}", cancellationToken));
    }

    private static async Task<ReviewOutcomeResponse> SaveAsync(
        ReportingDbContext db, ReviewOutcomeRecord outcome, string action, ReviewOutcomeResponse? before, Caller caller, DateTimeOffset now,
        DateOnly publishesOn, CancellationToken cancellationToken)
    {
        db.AdvanceVersion(outcome);
        var after = ReviewOutcomeResponse.From(outcome.AllianceId, outcome.Year, outcome, publishesOn, ReviewOutcomes.IsPublished(outcome.Confirmed, publishesOn, now));
        db.RecordChange(History, $"{outcome.AllianceId}:{outcome.Year}", action, caller.UserName, now, before, after);
        // Two first recordings at once meet on the key: the later one read version 0, which is stale now.
        await db.SaveOrConflictAsync(cancellationToken, duplicate: VersionCheck.Stale());
        return after;
    }

    /// <summary>The year's review-results date: the calendar's, or its default while the year is not opened.</summary>
    private static async Task<DateOnly> ReviewResultsDateAsync(ReportingDbContext db, ProgrammeYear year, CancellationToken cancellationToken)
    {
        var stored = await db.Years.AsNoTracking().Include(y => y.Deadlines).SingleOrDefaultAsync(y => y.Year == year.Roc, cancellationToken);
        return stored?.DateOf(DeadlineCode.ReviewResults) ?? Deadlines.DefaultOf(DeadlineCode.ReviewResults, year);
    }
}
