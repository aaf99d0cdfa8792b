using Alliance.Messaging.Roster.People;
using Alliance.Messaging.Writes;
using Alliance.ServiceDefaults.Security;
using Alliance.SiteVisit.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Alliance.SiteVisit.Api.Apis;

/// <summary>
/// A visit's reviewers, assigned and taken off by the centre. An assignment is no edited record and carries no
/// version: it is kept per visit and reviewer, never deleted, and counts its changes in its sequence, which the
/// ReviewerAssigned and ReviewerUnassigned events carry (the gateway derives reviewers' scope from them).
/// </summary>
public static class ReviewersApi
{
    public static RouteGroupBuilder MapReviewersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup($"{Extensions.PublicPrefix}/visits/{{visitId:guid}}/reviewers").WithTags("Reviewers");
        group.MapGet("/", ListReviewers).WithName(nameof(ListReviewers))
            .WithSummary("The reviewers assigned to the visit now, by user name, with where each one's form stands.");
        group.MapPost("/", AssignReviewer).WithName(nameof(AssignReviewer))
            .WithSummary("Assigns a reviewer (centre); 422 not-a-reviewer for an account without the reviewer role (or disabled), 409 already-assigned when assigned already, 409 visit-completed.");
        group.MapDelete("/{reviewerUserName}", UnassignReviewer).WithName(nameof(UnassignReviewer))
            .WithSummary("Takes a reviewer off the visit (centre); their draft is kept. 404 when not assigned.");
        return group;
    }

    public static async Task<Ok<ReviewerResponse[]>> ListReviewers(Guid visitId, Caller caller, SiteVisitDbContext db, CancellationToken cancellationToken)
    {
        var visit = await VisitsApi.FindAsync(db.Visits.AsNoTracking(), visitId, cancellationToken);
        await SiteVisitAccess.RequireVisitReaderAsync(db, caller, visit, cancellationToken);
        var assignments = await db.Assignments.AsNoTracking().Where(a => a.VisitId == visitId && a.Active).OrderBy(a => a.ReviewerUserName).ToListAsync(cancellationToken);
        var names = await AllianceLookup.DisplayNamesAsync(db, assignments.Select(a => a.ReviewerUserName), cancellationToken);
        var forms = await db.Forms.AsNoTracking().Where(f => f.VisitId == visitId)
            .Select(f => new { f.ReviewerUserName, Submitted = f.SubmittedAt != null }).ToDictionaryAsync(f => f.ReviewerUserName, f => f.Submitted, cancellationToken);
        return TypedResults.Ok(assignments.Select(a => Response(a, names.GetValueOrDefault(a.ReviewerUserName),
            FormStatuses.Of(forms.TryGetValue(a.ReviewerUserName, out var submitted) ? submitted : null))).ToArray());
    }

    public static async Task<Created<ReviewerResponse>> AssignReviewer(
        Guid visitId, AssignReviewerRequest request, Caller caller, SiteVisitDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        SiteVisitAccess.RequireCentre(caller);
        var visit = await ChangeableAsync(db, visitId, cancellationToken);
        var userName = request.ReviewerUserName!.Trim();
        var person = await db.People().SingleOrDefaultAsync(p => p.UserName == userName, cancellationToken);
        if (person is null || person.Disabled || !person.Roles.Contains(Roles.Reviewer))
        {
            throw RuleMessages.NotAReviewer();
        }

        var now = clock.GetUtcNow();
        var assignment = await db.Assignments.SingleOrDefaultAsync(a => a.VisitId == visitId && a.ReviewerUserName == userName, cancellationToken);
        if (assignment is { Active: true })
        {
            throw Guards.AlreadyAssigned();
        }

        if (assignment is null)
        {
            assignment = new ReviewerAssignment { VisitId = visitId, ReviewerUserName = userName, ChangedBy = caller.UserName };
            db.Assignments.Add(assignment);
        }

        (assignment.Active, assignment.Sequence, assignment.ChangedBy, assignment.ChangedAt) = (true, assignment.Sequence + 1, caller.UserName, now);
        VisitChanges.StageAssignment(db, visit, assignment, caller.UserName, now);
        // Two first assignments at once collide on the key: the second is told the reviewer is assigned.
        await db.SaveOrConflictAsync(cancellationToken, duplicate: Guards.AlreadyAssigned());
        var formStarted = await db.Forms.AnyAsync(f => f.VisitId == visitId && f.ReviewerUserName == userName, cancellationToken);
        return TypedResults.Created($"{Extensions.PublicPrefix}/visits/{visitId}/reviewers/{Uri.EscapeDataString(userName)}",
            Response(assignment, person.DisplayName, FormStatuses.Of(formStarted ? false : null)));
    }

    public static async Task<NoContent> UnassignReviewer(
        Guid visitId, string reviewerUserName, Caller caller, SiteVisitDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        SiteVisitAccess.RequireCentre(caller);
        var visit = await ChangeableAsync(db, visitId, cancellationToken);
        var assignment = await db.Assignments.SingleOrDefaultAsync(a => a.VisitId == visitId && a.ReviewerUserName == reviewerUserName && a.Active, cancellationToken)
            ?? throw Guards.AssignmentNotFound();
        var now = clock.GetUtcNow();
        (assignment.Active, assignment.Sequence, assignment.ChangedBy, assignment.ChangedAt) = (false, assignment.Sequence + 1, caller.UserName, now);
        VisitChanges.StageAssignment(db, visit, assignment, caller.UserName, now);
        await db.SaveOrConflictAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>The visit whose reviewers change: 404, or 409 visit-completed.</summary>
    private static async Task<Visit> ChangeableAsync(SiteVisitDbContext db, Guid visitId, CancellationToken cancellationToken)
    {
        var visit = await VisitsApi.FindAsync(db.Visits.AsNoTracking(), visitId, cancellationToken);
        return visit.Completed ? throw Guards.VisitCompleted() : visit;
    }

    private static ReviewerResponse Response(ReviewerAssignment a, string? displayName, string formStatus) =>
        new(a.ReviewerUserName, displayName, a.Sequence, a.ChangedAt, formStatus);
}
