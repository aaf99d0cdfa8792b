using System.Globalization;
using Alliance.Gateway.Web.Membership;
using Alliance.Gateway.Web.Reporting;
using Alliance.Gateway.Web.Services;
using Alliance.ServiceDefaults;

namespace Alliance.Gateway.Web.Programme;

/// <summary>The reporting service's programme views, programme targets and review outcomes, one method each, as the pages use them.</summary>
internal sealed class ProgrammeClient(ServiceCalls calls)
{
    private const string Service = ResourceNames.Reporting;
    private const string Prefix = "/api/reporting";

    public Task<ProgrammeRow> GetProgrammeAsync(int year) => calls.GetAsync<ProgrammeRow>(Service, $"{Prefix}/programme?year={Number(year)}");

    /// <summary>The year's alliances the user may read, with their flags; null filters are left out.</summary>
    public Task<ProgrammeAlliancesRow> GetAlliancesAsync(int year, string? domainCode = null, string? flag = null, string? status = null) =>
        calls.GetAsync<ProgrammeAlliancesRow>(Service, $"{Prefix}/programme/alliances?year={Number(year)}"
            + string.Concat(new[] { ("domainCode", domainCode), ("flag", flag), ("status", status) }
                .Where(p => !string.IsNullOrEmpty(p.Item2)).Select(p => $"&{p.Item1}={Uri.EscapeDataString(p.Item2!)}")));

    public Task<ProgrammeTargetRow> GetTargetAsync(int year) => calls.GetAsync<ProgrammeTargetRow>(Service, Target(year));

    public Task<ProgrammeTargetRow> SetTargetAsync(int year, ProgrammeTargetBody body) => calls.PutAsync<ProgrammeTargetRow>(Service, Target(year), body);

    public Task<ReviewOutcomeRow> GetReviewOutcomeAsync(Guid allianceId, int year) => calls.GetAsync<ReviewOutcomeRow>(Service, Outcome(allianceId, year));

    public Task<ReviewOutcomeRow> RecordReviewOutcomeAsync(Guid allianceId, int year, ReviewOutcomeBody body) =>
        calls.PutAsync<ReviewOutcomeRow>(Service, Outcome(allianceId, year), body);

    public Task<ReviewOutcomeRow> ConfirmReviewOutcomeAsync(Guid allianceId, int year, long version) =>
        calls.PostAsync<ReviewOutcomeRow>(Service, $"{Outcome(allianceId, year)}/confirm", new VersionBody(version));

    public Task<ChangeRow[]> GetReviewOutcomeHistoryAsync(Guid allianceId, int year) => calls.GetAsync<ChangeRow[]>(Service, $"{Outcome(allianceId, year)}/history");

    /// <summary>The programme view's tables as an Excel workbook, as the browser downloads it through the gateway.</summary>
    public static string WorkbookHref(int year) => $"{Prefix}/programme.xlsx?year={Number(year)}";

    private static string Target(int year) => $"{Prefix}/years/{Number(year)}/programme-target";

    private static string Outcome(Guid allianceId, int year) => $"{Prefix}/alliances/{allianceId}/years/{Number(year)}/review-outcome";

    private static string Number(int number) => number.ToString(CultureInfo.InvariantCulture);
}
