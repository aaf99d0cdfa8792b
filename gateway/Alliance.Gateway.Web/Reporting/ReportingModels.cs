using System.Text.Json;

namespace Alliance.Gateway.Web.Reporting;

// What the pages read from and send to the reporting API (the contract in the reporting issue). Codes (statuses,
// rules, outcomes, KPIs, deadlines) travel as their kebab-case names and stay strings here: the gateway shows them,
// the API decides. Figures whose shape depends on the row (the firm-member breakdown, a number) stay JSON.

public sealed record PeriodRow(DateOnly Start, DateOnly End);

/// <param name="Id">e.g. <c>108-kpi-1</c></param>
public sealed record RoundRow(string Id, PeriodRow Period, string DeadlineCode, DateOnly Deadline);

/// <param name="Status">open, closed, or not-opened (version 0, default deadlines)</param>
/// <param name="Deadlines">every deadline by code, in the calendar's order</param>
public sealed record YearRow(
    int Year, string Status, PeriodRow Period, DateOnly Cutoff, Dictionary<string, DateOnly> Deadlines, RoundRow[] Rounds,
    long Version, string? OpenedBy, DateTimeOffset? OpenedAt, string? ClosedBy, DateTimeOffset? ClosedAt)
{
    public bool IsOpen => Status == "open";

    public bool IsClosed => Status == "closed";
}

public sealed record OpenYearBody(int Year);

/// <param name="Deadlines">only the codes that change</param>
public sealed record DeadlinesBody(Dictionary<string, DateOnly> Deadlines, long Version);

public sealed record VersionBody(long Version);

/// <param name="Phase">null while none is recorded</param>
/// <param name="Source">opening, registration or centre; null while none</param>
public sealed record PhaseRow(Guid AllianceId, int Year, int? Phase, int? YearInPhase, string? Source, long Version);

public sealed record PhaseBody(int Phase, int YearInPhase, long Version);

/// <param name="Outcome">passed, refused, excepted, skipped, pending, not-applicable</param>
/// <param name="Field">the target the verdict is about (targets.firm-members.total, targets.patents)</param>
/// <param name="Message">the reason in the page's language, for refused, excepted and skipped verdicts</param>
public sealed record VerdictRow(string Rule, string Outcome, string? Field, decimal? Target, decimal? Minimum, string? Message);

public sealed record TargetExceptionRow(string Rule, string Note, string RecordedBy, DateTimeOffset RecordedAt);

public sealed record LastYearTargetsRow(int Year, int? ProposalFirmMembers, Dictionary<string, JsonElement> Targets);

/// <param name="Status">not-started (version 0), draft, submitted, returned, approved</param>
/// <param name="Targets">by KPI code: firm-members the breakdown object, every other KPI a number; missing ones left out</param>
/// <param name="Missing">the fields a submission still needs (proposalFirmMembers, targets.{kpi})</param>
/// <param name="Notes">the centre's notes of its last return, by KPI code</param>
/// <param name="Deadline">the date the next submission is due by</param>
public sealed record TargetsRow(
    Guid AllianceId, int Year, string Status, long Version, int Phase, int YearInPhase,
    int? ProposalFirmMembers, Dictionary<string, JsonElement> Targets, string[] Missing, LastYearTargetsRow? LastYear,
    Dictionary<string, string> Notes, VerdictRow[] Verdicts, bool PhaseOneYearThreeSkipped, int? PhaseOneYearThree,
    TargetExceptionRow[] Exceptions, DateOnly Deadline,
    DateTimeOffset? SubmittedAt, string? SubmittedBy, bool Late, int? LateDays, TimeSpan? LateBy, DateTimeOffset? AuditedAt, string? AuditedBy);

/// <summary>A draft of the targets: <paramref name="Targets"/> holds the KPIs filled in (the breakdown as the parts given, by name).</summary>
public sealed record TargetsBody(decimal? ProposalFirmMembers, Dictionary<string, object> Targets, long Version);

public sealed record ReturnBody(Dictionary<string, string> Notes, long Version);

public sealed record ExceptionBody(string Rule, string Note, long Version);

/// <param name="Status">the round's report: not-started, draft, submitted, reopened, audited</param>
/// <param name="Version">the report's version, which a submission, reopening or completed audit sends back</param>
public sealed record SummaryRow(Guid AllianceId, string RoundId, string View, string Status, long Version, SummaryLineRow[] Rows);

/// <param name="Target">the submitted or approved target (the breakdown object for firm-members), or null</param>
/// <param name="Actual">a number, or the row's object (firm-members, recurring-operating-revenue, industry-academia-cooperation, patents); null for a ratio without subsidy</param>
/// <param name="SubmittedActual">the figure as the latest submission froze it; null before the first</param>
/// <param name="LastYear">the same round and view a year earlier</param>
/// <param name="Differs">whether today's actual is no longer the submitted one</param>
public sealed record SummaryLineRow(
    string Kpi, JsonElement? Target, JsonElement? Actual, JsonElement? SubmittedActual, JsonElement? LastYear, string? Variance, bool Differs);

/// <param name="Records">members, income entries or activities, by the row; each with the <c>path</c> of its record in its own service</param>
public sealed record RowRecordsRow(Guid AllianceId, string RoundId, string View, string Kpi, JsonElement[] Records);
