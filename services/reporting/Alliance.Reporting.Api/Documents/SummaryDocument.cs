using Alliance.Reporting.Domain;
using Alliance.Reporting.Domain.Summary;

namespace Alliance.Reporting.Api.Documents;

/// <summary>
/// What a summary table's PDF and workbook show, and nothing else: plain values a renderer writes out, so the
/// documents can be rendered (and tested) without a database.
/// </summary>
/// <param name="Year">the ROC programme year of the round (108)</param>
/// <param name="RoundName">the round as people say it (第一次KPI填報)</param>
/// <param name="PiName">the PI's display name; the user name while reporting's copy does not know the account</param>
/// <param name="Rows">one per KPI, in the table's order</param>
/// <param name="IndustryBenefits">產業效益; null or empty while not written</param>
/// <param name="AcademicBenefits">學界效益; null or empty while not written</param>
/// <param name="Submission">the submission the document shows; null before one</param>
/// <param name="GeneratedAt">when the document was made</param>
public sealed record SummaryDocument(
    int Year, SummaryView View, string AllianceCode, string AllianceName, string HostInstitution, string PiName,
    string RoundId, string RoundName, DateRange Period, IReadOnlyList<SummaryDocumentRow> Rows,
    string? IndustryBenefits, string? AcademicBenefits, DocumentSubmission? Submission, DateTimeOffset GeneratedAt);

/// <summary>
/// One KPI's row. Figures are exact (NTD for amounts) and typed as the summary's JSON types them: a number,
/// <see cref="FirmMemberFigures"/>/<see cref="FirmMemberTarget"/>, <see cref="RecurringRevenueFigures"/>,
/// <see cref="CooperationFigures"/> or <see cref="PatentFigures"/>; null when there is none (no target, no ratio without a subsidy).
/// </summary>
/// <param name="Variance">簡要差異分析, the PI's text; null while not written</param>
public sealed record SummaryDocumentRow(SummaryKpi Kpi, object? Target, object? Actual, string? Variance, object? LastYear);

/// <param name="Version">the submission's number, 1 for the first</param>
/// <param name="Late">how late it was handed in; null when on time</param>
public sealed record DocumentSubmission(DateTimeOffset SubmittedAt, int Version, Lateness? Late);
