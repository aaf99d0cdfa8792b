using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Alliance.Demo.Plan;

namespace Alliance.Demo.Load;

/// <summary>
/// Last year's and the current year's site visits entered as the people would: the centre schedules each planned
/// visit and assigns its reviewers (whose alliances then come from these assignments alone); each reviewer of a visit
/// already held submits their form, and the centre completes the visit. What the system holds is read first (visits
/// by alliance and start, reviewers, forms, completion), so a load stopped part way enters only the rest.
/// </summary>
internal sealed class SiteVisitEntry(SignedIn centre, DemoAccounts accounts)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    /// <param name="ids">each alliance's id by its code</param>
    public async Task EnterAsync(DemoProgramme programme, IReadOnlyDictionary<string, Guid> ids, CancellationToken cancellationToken)
    {
        await EnterYearAsync(programme.Previous.Roc, programme.LastYearsVisits, ids, cancellationToken);
        await EnterYearAsync(programme.Current.Roc, programme.Visits, ids, cancellationToken);
    }

    private async Task EnterYearAsync(int year, IReadOnlyList<DemoVisit> planned, IReadOnlyDictionary<string, Guid> ids, CancellationToken cancellationToken)
    {
        var held = new Dictionary<(Guid, DateTimeOffset), JsonElement>();
        foreach (var visit in (await centre.GetAsync($"/api/site-visits/visits?year={year}", cancellationToken)).EnumerateArray())
        {
            held.TryAdd((visit.GetProperty("allianceId").GetGuid(), visit.GetProperty("startsAt").GetDateTimeOffset()), visit);
        }

        foreach (var visit in planned)
        {
            var allianceId = ids[visit.AllianceCode];
            if (!held.TryGetValue((allianceId, visit.StartsAt), out var stored))
            {
                // The alliance reaches site-visit by its event: until then it is an unknown alliance there.
                stored = await UntilKnownAsync("unknown-alliance", () => centre.PostAsync("/api/site-visits/visits", new
                {
                    allianceId, year = visit.Year, startsAt = visit.StartsAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
                    place = visit.Place,
                }, cancellationToken), cancellationToken);
            }

            if (stored.GetProperty("completed").GetBoolean())
            {
                continue;
            }

            var visitId = stored.GetProperty("id").GetGuid();
            await AssignAsync(visitId, visit.Reviewers, cancellationToken);
            foreach (var form in visit.Forms)
            {
                await SubmitAsync(visitId, form, cancellationToken);
            }

            if (visit.Completed)
            {
                var current = await centre.GetAsync($"/api/site-visits/visits/{visitId}", cancellationToken);
                await centre.PostAsync($"/api/site-visits/visits/{visitId}/complete", new { version = current.GetProperty("version").GetInt64() }, cancellationToken);
            }
        }
    }

    private async Task AssignAsync(Guid visitId, IReadOnlyList<string> reviewers, CancellationToken cancellationToken)
    {
        var assigned = (await centre.GetAsync($"/api/site-visits/visits/{visitId}/reviewers", cancellationToken)).EnumerateArray()
            .Select(r => r.GetProperty("reviewerUserName").GetString()!).ToHashSet(StringComparer.Ordinal);
        foreach (var reviewer in reviewers.Where(r => !assigned.Contains(r)))
        {
            // So does a new reviewer account: until then site-visit does not know it for a reviewer.
            await UntilKnownAsync("not-a-reviewer", () => centre.PostAsync($"/api/site-visits/visits/{visitId}/reviewers", new { reviewerUserName = reviewer }, cancellationToken),
                cancellationToken);
        }
    }

    /// <summary>The reviewer keeps the whole form as a draft, then submits it; a form already submitted is left as it is.</summary>
    private async Task SubmitAsync(Guid visitId, DemoReviewForm form, CancellationToken cancellationToken)
    {
        var reviewer = await accounts.SignInOnceAsync(form.Reviewer, cancellationToken);
        var path = $"/api/site-visits/visits/{visitId}/forms/mine";
        var mine = await reviewer.GetAsync(path, cancellationToken);
        if (mine.GetProperty("status").GetString() == "submitted")
        {
            return;
        }

        var points = await ReviewPointsAsync(reviewer, cancellationToken);
        var draft = await reviewer.PutAsync(path, new
        {
            scores = points.Zip(form.Scores, (point, score) => new { point, score, comment = (string?)null }),
            overallComment = form.OverallComment,
            recommendation = form.Recommendation,
            version = mine.GetProperty("version").GetInt64(),
        }, cancellationToken);
        await reviewer.PostAsync($"{path}/submit", new { version = draft.GetProperty("version").GetInt64() }, cancellationToken);
    }

    private string[]? reviewPoints;

    /// <summary>The review points' API names in the form's order, as site-visit lists them: read once per load.</summary>
    private async Task<string[]> ReviewPointsAsync(SignedIn reader, CancellationToken cancellationToken) =>
        reviewPoints ??= [.. (await reader.GetAsync("/api/site-visits/review-points", cancellationToken)).EnumerateArray().Select(p => p.GetProperty("code").GetString()!)];

    /// <summary>Calls until site-visit has caught up with what the call names (no longer refused with <paramref name="rule"/>); any other refusal ends the load.</summary>
    internal static async Task<JsonElement> UntilKnownAsync(string rule, Func<Task<JsonElement>> call, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return await call();
            }
            catch (DemoRefusedException refused) when (refused.Status == HttpStatusCode.UnprocessableEntity && refused.Code == rule && deadline.Elapsed < Patience)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
            }
        }
    }
}
