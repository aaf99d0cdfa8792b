using System.Globalization;
using Alliance.Gateway.Web.Membership;
using Alliance.Gateway.Web.Services;
using Alliance.ServiceDefaults;

namespace Alliance.Gateway.Web.Reporting;

/// <summary>The reporting service's routes, one method each, as the pages use them.</summary>
internal sealed class ReportingClient(ServiceCalls calls)
{
    private const string Service = ResourceNames.Reporting;
    private const string Prefix = "/api/reporting";
    private const string Years = $"{Prefix}/years";

    public Task<YearRow[]> GetYearsAsync() => calls.GetAsync<YearRow[]>(Service, Years);

    /// <summary>A year as the centre sees it; one not opened yet reads with its default deadlines at version 0.</summary>
    public Task<YearRow> GetYearAsync(int year) => calls.GetAsync<YearRow>(Service, Year(year));

    public Task<YearRow> OpenYearAsync(int year) => calls.PostAsync<YearRow>(Service, Years, new OpenYearBody(year));

    public Task<YearRow> ChangeDeadlinesAsync(int year, DeadlinesBody body) => calls.PutAsync<YearRow>(Service, Year(year), body);

    public Task<YearRow> CloseYearAsync(int year, long version) => calls.PostAsync<YearRow>(Service, $"{Year(year)}/close", new VersionBody(version));

    public Task<ChangeRow[]> GetYearHistoryAsync(int year) => calls.GetAsync<ChangeRow[]>(Service, $"{Year(year)}/history");

    public Task<PhaseRow> GetPhaseAsync(Guid allianceId, int year) => calls.GetAsync<PhaseRow>(Service, $"{AllianceYear(allianceId, year)}/phase");

    public Task<PhaseRow> CorrectPhaseAsync(Guid allianceId, int year, PhaseBody body) =>
        calls.PutAsync<PhaseRow>(Service, $"{AllianceYear(allianceId, year)}/phase", body);

    public Task<TargetsRow> GetTargetsAsync(Guid allianceId, int year) => calls.GetAsync<TargetsRow>(Service, Targets(allianceId, year));

    public Task<TargetsRow> SaveTargetsAsync(Guid allianceId, int year, TargetsBody body) => calls.PutAsync<TargetsRow>(Service, Targets(allianceId, year), body);

    public Task<TargetsRow> SubmitTargetsAsync(Guid allianceId, int year, long version) =>
        calls.PostAsync<TargetsRow>(Service, $"{Targets(allianceId, year)}/submit", new VersionBody(version));

    public Task<TargetsRow> ApproveTargetsAsync(Guid allianceId, int year, long version) =>
        calls.PostAsync<TargetsRow>(Service, $"{Targets(allianceId, year)}/approve", new VersionBody(version));

    public Task<TargetsRow> ReturnTargetsAsync(Guid allianceId, int year, ReturnBody body) =>
        calls.PostAsync<TargetsRow>(Service, $"{Targets(allianceId, year)}/return", body);

    public Task<TargetsRow> RecordExceptionAsync(Guid allianceId, int year, ExceptionBody body) =>
        calls.PostAsync<TargetsRow>(Service, $"{Targets(allianceId, year)}/exceptions", body);

    public Task<ChangeRow[]> GetTargetsHistoryAsync(Guid allianceId, int year) => calls.GetAsync<ChangeRow[]>(Service, $"{Targets(allianceId, year)}/history");

    public Task<SummaryRow> GetSummaryAsync(Guid allianceId, string roundId, string view) =>
        calls.GetAsync<SummaryRow>(Service, $"{Round(allianceId, roundId)}/summary?view={Uri.EscapeDataString(view)}");

    public Task<RowRecordsRow> GetRowRecordsAsync(Guid allianceId, string roundId, string kpi, string view) =>
        calls.GetAsync<RowRecordsRow>(Service, $"{Round(allianceId, roundId)}/rows/{Uri.EscapeDataString(kpi)}/records?view={Uri.EscapeDataString(view)}");

    public Task<VarianceRow> SaveVarianceAsync(Guid allianceId, string roundId, string kpi, string? text) =>
        calls.PutAsync<VarianceRow>(Service, $"{Round(allianceId, roundId)}/variance/{Uri.EscapeDataString(kpi)}", new VarianceBody(text));

    public Task<NarrativesRow> GetNarrativesAsync(Guid allianceId, string roundId) => calls.GetAsync<NarrativesRow>(Service, $"{Round(allianceId, roundId)}/narratives");

    public Task<NarrativesRow> SaveNarrativesAsync(Guid allianceId, string roundId, NarrativesBody body) =>
        calls.PutAsync<NarrativesRow>(Service, $"{Round(allianceId, roundId)}/narratives", body);

    public Task<RoundStateRow> SubmitReportAsync(Guid allianceId, string roundId, long version) =>
        calls.PostAsync<RoundStateRow>(Service, $"{Round(allianceId, roundId)}/submit", new VersionBody(version));

    public Task<VersionsRow> GetVersionsAsync(Guid allianceId, string roundId) => calls.GetAsync<VersionsRow>(Service, $"{Round(allianceId, roundId)}/versions");

    public Task<CompareRow> CompareVersionsAsync(Guid allianceId, string roundId, int a, int b, string view) =>
        calls.GetAsync<CompareRow>(Service, $"{Round(allianceId, roundId)}/versions/{Number(a)}/compare/{Number(b)}?view={Uri.EscapeDataString(view)}");

    public Task<AuditNotesRow> GetAuditNotesAsync(Guid allianceId, string roundId) => calls.GetAsync<AuditNotesRow>(Service, $"{Round(allianceId, roundId)}/audit-notes");

    public Task<AuditNoteRow> WriteAuditNoteAsync(Guid allianceId, string roundId, AuditNoteBody body) =>
        calls.PostAsync<AuditNoteRow>(Service, $"{Round(allianceId, roundId)}/audit-notes", body);

    public Task<RoundStateRow> ReopenReportAsync(Guid allianceId, string roundId, ReopenBody body) =>
        calls.PostAsync<RoundStateRow>(Service, $"{Round(allianceId, roundId)}/reopen", body);

    public Task<RoundStateRow> CompleteAuditAsync(Guid allianceId, string roundId, long version) =>
        calls.PostAsync<RoundStateRow>(Service, $"{Round(allianceId, roundId)}/audit-complete", new VersionBody(version));

    /// <summary>The round's table in <paramref name="view"/> as an Excel sheet, as the browser downloads it through the gateway.</summary>
    public static string SummaryExcelHref(Guid allianceId, string roundId, string view) =>
        $"{Round(allianceId, roundId)}/summary.xlsx?view={Uri.EscapeDataString(view)}";

    /// <summary>The cumulative table as submitted, as a PDF, as the browser downloads it through the gateway.</summary>
    public static string SummaryPdfHref(Guid allianceId, string roundId) => $"{Round(allianceId, roundId)}/summary.pdf";

    private static string Year(int year) => $"{Years}/{year.ToString(CultureInfo.InvariantCulture)}";

    private static string AllianceYear(Guid allianceId, int year) => $"{Prefix}/alliances/{allianceId}/years/{year.ToString(CultureInfo.InvariantCulture)}";

    private static string Targets(Guid allianceId, int year) => $"{AllianceYear(allianceId, year)}/targets";

    private static string Number(int number) => number.ToString(CultureInfo.InvariantCulture);

    private static string Round(Guid allianceId, string roundId) => $"{Prefix}/alliances/{allianceId}/rounds/{Uri.EscapeDataString(roundId)}";
}
