using Alliance.Messaging.History;
using Alliance.Messaging.Writes;
using Alliance.ServiceDefaults.Problems;
using Alliance.ServiceDefaults.Security;
using Alliance.SiteVisit.Api.Data;
using Alliance.SiteVisit.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Alliance.SiteVisit.Api.Apis;

/// <summary>
/// The review forms (實地查訪審查表) of a visit: each assigned reviewer keeps a draft and submits it once; the centre
/// and officers read the submitted forms and their averages, and so may a reviewer once their own is submitted.
/// </summary>
public static class ReviewFormsApi
{
    /// <summary>The history's entity type of a form, by its id.</summary>
    public const string History = "review-form";

    public static RouteGroupBuilder MapReviewFormsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup($"{Extensions.PublicPrefix}/visits/{{visitId:guid}}/forms").WithTags("Review forms");
        group.MapGet("/", ListForms).WithName(nameof(ListForms))
            .WithSummary("The visit's submitted forms with each reviewer's name, and the average score per point and of the totals, over submitted forms only. " +
                "For the centre and officers, and for an assigned reviewer once their own form is submitted (403 before).");
        group.MapGet("/mine", GetMyForm).WithName(nameof(GetMyForm))
            .WithSummary("The caller's own form for the visit (assigned reviewers only): the draft as typed, or every point open at version 0 when not yet started.");
        group.MapPut("/mine", SaveMyForm).WithName(nameof(SaveMyForm))
            .WithSummary("Saves the caller's draft as typed (any points, scores 1–5); version 0 starts it. 409 form-submitted once submitted, 409 visit-completed.");
        group.MapPost("/mine/submit", SubmitMyForm).WithName(nameof(SubmitMyForm))
            .WithSummary("Submits the caller's form, once: 422 form-incomplete naming each open score (scores[i].score) and the recommendation; 409 form-submitted on a second submit.");
        return group;
    }

    public static async Task<Ok<VisitFormsResponse>> ListForms(Guid visitId, Caller caller, SiteVisitDbContext db, CancellationToken cancellationToken)
    {
        var visit = await VisitsApi.FindAsync(db.Visits.AsNoTracking(), visitId, cancellationToken);
        if (!caller.ReadsEverything)
        {
            await SiteVisitAccess.RequireAssignedAsync(db, caller, visit.Id, cancellationToken);
            if (!await db.Forms.AnyAsync(f => f.VisitId == visitId && f.ReviewerUserName == caller.UserName && f.SubmittedAt != null, cancellationToken))
            {
                throw DomainException.Forbidden(new("請先送出您自己的審查表，才能查看其他委員的審查表。", "Submit your own form before reading the other reviewers' forms."));
            }
        }

        var forms = await db.Forms.AsNoTracking().Where(f => f.VisitId == visitId && f.SubmittedAt != null).OrderBy(f => f.SubmittedAt).ToListAsync(cancellationToken);
        var names = await AllianceLookup.DisplayNamesAsync(db, forms.Select(f => f.ReviewerUserName), cancellationToken);
        var averages = Scoring.Average(forms.Select(f => (IReadOnlyList<int>)f.PointScores().Select(s => s.Score!.Value).ToArray()).ToArray());
        return TypedResults.Ok(new VisitFormsResponse(visitId,
            forms.Select(f => FormResponse.From(f, names.GetValueOrDefault(f.ReviewerUserName))).ToArray(), AveragesResponse.From(averages)));
    }

    public static async Task<Ok<FormResponse>> GetMyForm(Guid visitId, Caller caller, SiteVisitDbContext db, CancellationToken cancellationToken)
    {
        var visit = await VisitsApi.FindAsync(db.Visits.AsNoTracking(), visitId, cancellationToken);
        await SiteVisitAccess.RequireAssignedAsync(db, caller, visit.Id, cancellationToken);
        var form = await db.Forms.AsNoTracking().SingleOrDefaultAsync(f => f.VisitId == visitId && f.ReviewerUserName == caller.UserName, cancellationToken);
        var name = (await AllianceLookup.DisplayNamesAsync(db, [caller.UserName], cancellationToken)).GetValueOrDefault(caller.UserName);
        return TypedResults.Ok(form is null ? FormResponse.NotStarted(visitId, caller.UserName, name) : FormResponse.From(form, name));
    }

    public static async Task<Ok<FormResponse>> SaveMyForm(
        Guid visitId, FormRequest request, Caller caller, SiteVisitDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var form = await WritableAsync(db, caller, visitId, request.Version, cancellationToken);
        var input = CheckedForm.From(request);
        var now = clock.GetUtcNow();
        var before = form is null ? null : FormResponse.From(form, displayName: null);
        if (form is null)
        {
            form = new ReviewForm { Id = Guid.CreateVersion7(), VisitId = visitId, ReviewerUserName = caller.UserName };
            db.Forms.Add(form);
        }

        input.ApplyTo(form);
        form.UpdatedAt = now;
        Stage(db, form, before is null ? "started" : "draft-saved", before, caller.UserName, now);
        // Two first saves at once collide on (visit, reviewer): the second read version 0, which is stale now.
        await db.SaveOrConflictAsync(cancellationToken, duplicate: VersionCheck.Stale());
        return TypedResults.Ok(FormResponse.From(form, await DisplayNameAsync(db, caller, cancellationToken)));
    }

    public static async Task<Ok<FormResponse>> SubmitMyForm(
        Guid visitId, SubmitFormRequest request, Caller caller, SiteVisitDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var form = await WritableAsync(db, caller, visitId, request.Version, cancellationToken);
        var breaches = ReviewForms.SubmissionBreaches(form?.PointScores() ?? ReviewForms.Arrange([]), form?.Recommendation);
        if (form is null || breaches.Count > 0)
        {
            throw RuleMessages.Incomplete(breaches);
        }

        var now = clock.GetUtcNow();
        var before = FormResponse.From(form, displayName: null);
        (form.SubmittedAt, form.UpdatedAt) = (now, now);
        Stage(db, form, "submitted", before, caller.UserName, now);
        await db.SaveOrConflictAsync(cancellationToken);
        return TypedResults.Ok(FormResponse.From(form, await DisplayNameAsync(db, caller, cancellationToken)));
    }

    /// <summary>
    /// The caller's form to change (null when not yet started): 404 for the visit, 403 unless assigned, 409
    /// visit-completed, 409 form-submitted, 409 when the version read is stale (0 or nothing for a form not started).
    /// </summary>
    private static async Task<ReviewForm?> WritableAsync(SiteVisitDbContext db, Caller caller, Guid visitId, long? version, CancellationToken cancellationToken)
    {
        var visit = await VisitsApi.FindAsync(db.Visits.AsNoTracking(), visitId, cancellationToken);
        await SiteVisitAccess.RequireAssignedAsync(db, caller, visit.Id, cancellationToken);
        if (visit.Completed)
        {
            throw Guards.VisitCompleted();
        }

        var form = await db.Forms.SingleOrDefaultAsync(f => f.VisitId == visitId && f.ReviewerUserName == caller.UserName, cancellationToken);
        if (form is { Submitted: true })
        {
            throw Guards.FormSubmitted();
        }

        form.RequireVersion(version);
        return form;
    }

    private static void Stage(SiteVisitDbContext db, ReviewForm form, string action, FormResponse? before, string actor, DateTimeOffset now)
    {
        db.AdvanceVersion(form);
        db.RecordChange(History, form.Id.ToString(), action, actor, now, before, FormResponse.From(form, displayName: null));
    }

    private static async Task<string?> DisplayNameAsync(SiteVisitDbContext db, Caller caller, CancellationToken cancellationToken) =>
        (await AllianceLookup.DisplayNamesAsync(db, [caller.UserName], cancellationToken)).GetValueOrDefault(caller.UserName);
}
