using System.Globalization;
using Alliance.Gateway.Web.Services;
using Alliance.ServiceDefaults;

namespace Alliance.Gateway.Web.SiteVisit;

/// <summary>The site-visit service's routes, one method each, as the pages use them.</summary>
internal sealed class SiteVisitClient(ServiceCalls calls)
{
    private const string Service = ResourceNames.SiteVisit;
    private const string Prefix = "/api/site-visits";
    private const string Visits = $"{Prefix}/visits";
    private const string Outstanding = $"{Prefix}/outstanding";
    private const string Abnormal = $"{Prefix}/abnormal";

    /// <summary>The visits of a year (a reviewer's own only), narrowed to a domain when one is given.</summary>
    public Task<VisitRow[]> GetVisitsAsync(int year, string? domainCode = null) =>
        calls.GetAsync<VisitRow[]>(Service, $"{Visits}?year={Year(year)}{(string.IsNullOrEmpty(domainCode) ? "" : $"&domainCode={Uri.EscapeDataString(domainCode)}")}");

    public Task<VisitRow> GetVisitAsync(Guid visitId) => calls.GetAsync<VisitRow>(Service, Visit(visitId));

    public Task<VisitRow> ScheduleVisitAsync(VisitBody body) => calls.PostAsync<VisitRow>(Service, Visits, body);

    public Task<VisitRow> ChangeVisitAsync(Guid visitId, VisitBody body) => calls.PutAsync<VisitRow>(Service, Visit(visitId), body);

    public Task<VisitRow> CompleteVisitAsync(Guid visitId, long version) =>
        calls.PostAsync<VisitRow>(Service, $"{Visit(visitId)}/complete", new VersionBody(version));

    public Task<ReviewerRow[]> GetReviewersAsync(Guid visitId) => calls.GetAsync<ReviewerRow[]>(Service, Reviewers(visitId));

    public Task<ReviewerRow> AssignReviewerAsync(Guid visitId, string reviewerUserName) =>
        calls.PostAsync<ReviewerRow>(Service, Reviewers(visitId), new AssignReviewerBody(reviewerUserName));

    public Task<bool> UnassignReviewerAsync(Guid visitId, string reviewerUserName) =>
        calls.DeleteAsync(Service, $"{Reviewers(visitId)}/{Uri.EscapeDataString(reviewerUserName)}");

    /// <summary>The submitted forms with their averages; a reviewer reads them only after submitting their own.</summary>
    public Task<VisitFormsRow> GetFormsAsync(Guid visitId) => calls.GetAsync<VisitFormsRow>(Service, $"{Visit(visitId)}/forms");

    /// <summary>The signed-in reviewer's form; one not yet started lists every point with no scores.</summary>
    public Task<ReviewFormRow> GetMyFormAsync(Guid visitId) => calls.GetAsync<ReviewFormRow>(Service, MyForm(visitId));

    public Task<ReviewFormRow> SaveMyDraftAsync(Guid visitId, ReviewFormBody body) => calls.PutAsync<ReviewFormRow>(Service, MyForm(visitId), body);

    public Task<ReviewFormRow> SubmitMyFormAsync(Guid visitId, long version) =>
        calls.PostAsync<ReviewFormRow>(Service, $"{MyForm(visitId)}/submit", new VersionBody(version));

    public Task<ReviewPointRow[]> GetReviewPointsAsync() => calls.GetAsync<ReviewPointRow[]>(Service, $"{Prefix}/review-points");

    public Task<RankingRow[]> GetRankingAsync(int year, string domainCode) =>
        calls.GetAsync<RankingRow[]>(Service, $"{Prefix}/rankings?year={Year(year)}&domainCode={Uri.EscapeDataString(domainCode)}");

    /// <summary>Each domain's selection of <paramref name="year"/>; <paramref name="published"/> keeps only the confirmed ones, which anyone signed in may read.</summary>
    public Task<OutstandingRow[]> GetOutstandingAsync(int year, bool published = false) =>
        calls.GetAsync<OutstandingRow[]>(Service, $"{Outstanding}?year={Year(year)}{(published ? "&published=true" : "")}");

    public Task<OutstandingRow> SelectOutstandingAsync(int year, string domainCode, SelectOutstandingBody body) =>
        calls.PutAsync<OutstandingRow>(Service, OutstandingOf(year, domainCode), body);

    public Task<OutstandingRow> ConfirmOutstandingAsync(int year, string domainCode, long version) =>
        calls.PostAsync<OutstandingRow>(Service, $"{OutstandingOf(year, domainCode)}/confirm", new VersionBody(version));

    public Task<CounsellingRow[]> GetCounsellingAsync(int? year, Guid? allianceId)
    {
        var query = new List<string>();
        if (year is { } y)
        {
            query.Add($"year={Year(y)}");
        }

        if (allianceId is { } id)
        {
            query.Add($"allianceId={id}");
        }

        return calls.GetAsync<CounsellingRow[]>(Service, $"{Prefix}/counselling{(query.Count == 0 ? "" : "?" + string.Join('&', query))}");
    }

    public Task<CounsellingRow> RecordCounsellingAsync(CounsellingBody body) => calls.PostAsync<CounsellingRow>(Service, $"{Prefix}/counselling", body);

    /// <summary>The current flags (one alliance's when <paramref name="allianceId"/> is given): every one for the centre and officers, a PI's own alliances'.</summary>
    public Task<AbnormalRow[]> GetAbnormalAsync(Guid? allianceId = null) =>
        calls.GetAsync<AbnormalRow[]>(Service, allianceId is { } id ? $"{Abnormal}?allianceId={id}" : Abnormal);

    public Task<AbnormalRow> FlagAbnormalAsync(FlagBody body) => calls.PostAsync<AbnormalRow>(Service, Abnormal, body);

    public Task<AbnormalRow> ClearFlagAsync(Guid allianceId, ClearFlagBody body) => calls.PostAsync<AbnormalRow>(Service, $"{Abnormal}/{allianceId}/clear", body);

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static string Visit(Guid visitId) => $"{Visits}/{visitId}";

    private static string Reviewers(Guid visitId) => $"{Visit(visitId)}/reviewers";

    private static string MyForm(Guid visitId) => $"{Visit(visitId)}/forms/mine";

    private static string OutstandingOf(int year, string domainCode) => $"{Outstanding}/{Year(year)}/{Uri.EscapeDataString(domainCode)}";
}
