using System.Text.Json;
using Alliance.Demo.Plan;

namespace Alliance.Demo.Load;

/// <summary>
/// What the centre makes of the visits: for last year, each domain's outstanding alliance selected from the head of
/// its ranking and confirmed by the officer, so the published list has a year; for this year, the abnormal alliance
/// flagged with its reason and its case counselling recorded. Read first, entered only where missing.
/// </summary>
internal sealed class SiteVisitOutcomesEntry(SignedIn centre, DemoAccounts accounts)
{
    /// <param name="ids">each alliance's id by its code</param>
    public async Task EnterAsync(DemoProgramme programme, IReadOnlyDictionary<string, Guid> ids, CancellationToken cancellationToken)
    {
        await SelectOutstandingAsync(programme.Previous.Roc, programme.Alliances.Select(a => a.DomainCode).Distinct(), cancellationToken);
        if (programme.Abnormal is { } abnormal)
        {
            await FlagAsync(programme.Current.Roc, ids[abnormal.AllianceCode], abnormal, cancellationToken);
        }
    }

    private async Task SelectOutstandingAsync(int year, IEnumerable<string> domains, CancellationToken cancellationToken)
    {
        var rows = (await centre.GetAsync($"/api/site-visits/outstanding?year={year}", cancellationToken)).EnumerateArray()
            .ToDictionary(r => r.GetProperty("domainCode").GetString()!, StringComparer.Ordinal);
        foreach (var domain in domains)
        {
            var row = rows.GetValueOrDefault(domain);
            if (row.ValueKind != JsonValueKind.Object || row.GetProperty("allianceId").ValueKind == JsonValueKind.Null)
            {
                var ranking = (await centre.GetAsync($"/api/site-visits/rankings?year={year}&domainCode={domain}", cancellationToken)).EnumerateArray().ToArray();
                if (ranking.Length == 0)
                {
                    continue;
                }

                row = await centre.PutAsync($"/api/site-visits/outstanding/{year}/{domain}",
                    new { allianceId = ranking[0].GetProperty("allianceId").GetGuid(), version = 0 }, cancellationToken);
            }

            if (!row.GetProperty("confirmed").GetBoolean())
            {
                var officer = await accounts.SignInOfficerAsync(cancellationToken);
                await officer.PostAsync($"/api/site-visits/outstanding/{year}/{domain}/confirm", new { version = row.GetProperty("version").GetInt64() }, cancellationToken);
            }
        }
    }

    private async Task FlagAsync(int year, Guid allianceId, DemoAbnormal abnormal, CancellationToken cancellationToken)
    {
        if ((await centre.GetAsync($"/api/site-visits/abnormal?allianceId={allianceId}", cancellationToken)).GetArrayLength() == 0)
        {
            await centre.PostAsync("/api/site-visits/abnormal", new { allianceId, reason = abnormal.Reason }, cancellationToken);
        }

        var sessions = await centre.GetAsync($"/api/site-visits/counselling?year={year}&allianceId={allianceId}", cancellationToken);
        if (!sessions.EnumerateArray().Any(s => s.GetProperty("kind").GetString() == "case"))
        {
            await centre.PostAsync("/api/site-visits/counselling", new
            {
                allianceId, year, kind = "case", date = abnormal.CounsellingDate, notes = abnormal.Notes, recommendations = abnormal.Recommendations,
            }, cancellationToken);
        }
    }
}
