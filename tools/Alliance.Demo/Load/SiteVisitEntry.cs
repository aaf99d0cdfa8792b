using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Alliance.Demo.Plan;

namespace Alliance.Demo.Load;

/// <summary>
/// The current year's site visits entered as the centre would: it schedules each planned visit and assigns its
/// reviewers, whose alliances then come from these assignments alone. What the system holds is read first (visits
/// by alliance and start, each visit's reviewers), so a load stopped part way schedules and assigns only the rest.
/// </summary>
internal sealed class SiteVisitEntry(SignedIn centre)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    /// <param name="ids">each alliance's id by its code</param>
    public async Task EnterAsync(DemoProgramme programme, IReadOnlyDictionary<string, Guid> ids, CancellationToken cancellationToken)
    {
        var held = new Dictionary<(Guid, DateTimeOffset), Guid>();
        foreach (var visit in (await centre.GetAsync($"/api/site-visits/visits?year={programme.Current.Roc}", cancellationToken)).EnumerateArray())
        {
            held.TryAdd((visit.GetProperty("allianceId").GetGuid(), visit.GetProperty("startsAt").GetDateTimeOffset()), visit.GetProperty("id").GetGuid());
        }

        foreach (var planned in programme.Visits)
        {
            var allianceId = ids[planned.AllianceCode];
            if (!held.TryGetValue((allianceId, planned.StartsAt), out var visitId))
            {
                // The alliance reaches site-visit by its event: until then it is an unknown alliance there.
                visitId = (await UntilKnownAsync("unknown-alliance", () => centre.PostAsync("/api/site-visits/visits", new
                {
                    allianceId, year = planned.Year, startsAt = planned.StartsAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
                    place = planned.Place,
                }, cancellationToken), cancellationToken)).GetProperty("id").GetGuid();
            }

            var assigned = (await centre.GetAsync($"/api/site-visits/visits/{visitId}/reviewers", cancellationToken)).EnumerateArray()
                .Select(r => r.GetProperty("reviewerUserName").GetString()!).ToHashSet(StringComparer.Ordinal);
            foreach (var reviewer in planned.Reviewers.Where(r => !assigned.Contains(r)))
            {
                // So does a new reviewer account: until then site-visit does not know it for a reviewer.
                await UntilKnownAsync("not-a-reviewer", () => centre.PostAsync($"/api/site-visits/visits/{visitId}/reviewers", new { reviewerUserName = reviewer }, cancellationToken),
                    cancellationToken);
            }
        }
    }

    /// <summary>Calls until site-visit has caught up with what the call names (no longer refused with <paramref name="rule"/>); any other refusal ends the load.</summary>
    private static async Task<JsonElement> UntilKnownAsync(string rule, Func<Task<JsonElement>> call, CancellationToken cancellationToken)
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
