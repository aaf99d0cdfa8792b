using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json;
using Alliance.Reporting.Api.Data;
using Alliance.Reporting.Domain;
using Alliance.ServiceDefaults.Problems;

namespace Alliance.Reporting.Api.Apis;

public sealed class TargetsRequest
{
    /// <summary>The proposal's original firm-member target for the year (計畫書原訂廠商會員目標); needed to submit.</summary>
    [Range(0, TargetValuesJson.MaxCount)]
    public int? ProposalFirmMembers { get; init; }

    /// <summary>
    /// Targets by KPI code: <c>firm-members</c> is <c>{ total, paid, free, north, central, south, east, islandsAndOverseas }</c>,
    /// every other KPI a number (NTD amounts to the cent; counts whole). KPIs left out have no target yet (a draft).
    /// </summary>
    public Dictionary<string, JsonElement>? Targets { get; init; }

    /// <summary>The version read: 0 or nothing the first time; 409 when no longer current.</summary>
    public long? Version { get; init; }
}

public sealed class TargetsActionRequest
{
    /// <summary>The version read: 409 when no longer current.</summary>
    [Required]
    public long? Version { get; init; }
}

public sealed class ReturnTargetsRequest
{
    /// <summary>A note for each KPI to correct, by KPI code; at least one.</summary>
    [Required]
    public Dictionary<string, string>? Notes { get; init; }

    [Required]
    public long? Version { get; init; }
}

public sealed class TargetExceptionRequest
{
    /// <summary>The rule the centre allows this year's targets to break.</summary>
    [Required]
    public TargetRule? Rule { get; init; }

    /// <summary>Why (the centre's note, shown with the verdict).</summary>
    [Required, StringLength(1000, MinimumLength = 1)]
    public string? Note { get; init; }

    /// <summary>The targets' version read: 0 or nothing when none are saved yet; 409 when no longer current.</summary>
    public long? Version { get; init; }
}

/// <param name="Outcome">passed, refused, excepted, skipped (nothing in the system to compare with), pending (the draft lacks a figure), not-applicable</param>
/// <param name="Field">the target the verdict is about, as a request field (targets.firm-members.total, targets.patents)</param>
/// <param name="Minimum">the least target the rule allows</param>
public sealed record VerdictResponse(TargetRule Rule, TargetOutcome Outcome, string? Field, decimal? Target, decimal? Minimum, string? Message);

public sealed record TargetExceptionResponse(TargetRule Rule, string Note, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>Last year's proposal figure and targets, offered as defaults.</summary>
public sealed record LastYearTargetsResponse(int Year, int? ProposalFirmMembers, Dictionary<string, object> Targets);

/// <summary>An alliance's targets for a year with everything the page shows beside them.</summary>
/// <param name="Status">not-started (version 0), draft, submitted, returned, approved</param>
/// <param name="Phase">the alliance's phase in the year, as reporting keeps it</param>
/// <param name="Missing">the fields a submission still needs (proposalFirmMembers, targets.{kpi})</param>
/// <param name="Notes">the centre's notes of its last return, by KPI code</param>
/// <param name="PhaseOneYearThreeSkipped">in phase 2, the phase-1 year 3 has no targets in the system, so that rule was not checked</param>
/// <param name="PhaseOneYearThree">the year the alliance was in phase 1, year 3, when reporting knows it</param>
/// <param name="Deadline">the date the next submission is due by (targets, or targets-corrections after a return)</param>
/// <param name="Late">whether the last submission came after its deadline; LateDays counts Taiwan days, LateBy the exact time past the deadline's end</param>
public sealed record TargetsResponse(
    Guid AllianceId, int Year, TargetStatus Status, long Version, int Phase, int YearInPhase,
    int? ProposalFirmMembers, Dictionary<string, object> Targets, string[] Missing, LastYearTargetsResponse? LastYear,
    Dictionary<string, string> Notes, VerdictResponse[] Verdicts, bool PhaseOneYearThreeSkipped, int? PhaseOneYearThree,
    TargetExceptionResponse[] Exceptions, DateOnly Deadline,
    DateTimeOffset? SubmittedAt, string? SubmittedBy, bool Late, int? LateDays, TimeSpan? LateBy, DateTimeOffset? AuditedAt, string? AuditedBy)
{
    internal static TargetsResponse From(
        Guid allianceId, int year, AllianceTargets? stored, TargetContext context, DateOnly deadline, CultureInfo? language)
    {
        var values = stored is null ? TargetValues.None : TargetValuesJson.ReadStored(stored.Values);
        var exceptions = stored?.Exceptions ?? [];
        var verdicts = context.Check(stored?.ProposalFirmMembers, values, exceptions);
        return new(
            allianceId, year, stored?.Status ?? TargetStatus.NotStarted, stored?.Version ?? VersionCheck.NotYetStored,
            context.Phase.Phase, context.Phase.YearInPhase,
            stored?.ProposalFirmMembers, TargetValuesJson.Shown(values), MissingOf(stored?.ProposalFirmMembers, values),
            context.LastYear is { } last ? new(year - 1, last.ProposalFirmMembers, TargetValuesJson.Shown(TargetValuesJson.ReadStored(last.Values))) : null,
            TargetContext.NotesOf(stored),
            verdicts.Select(v => new VerdictResponse(v.Rule, v.Outcome, v.Field, v.Target, v.Minimum,
                v.Outcome is TargetOutcome.Refused or TargetOutcome.Excepted or TargetOutcome.Skipped && language is not null ? TargetMessages.For(v).For(language) : null)).ToArray(),
            TargetRules.PhaseOneYearThreeSkipped(verdicts), context.PhaseOneYearThree,
            exceptions.OrderBy(e => e.Rule).Select(e => new TargetExceptionResponse(e.Rule, e.Note, e.RecordedBy, e.RecordedAt)).ToArray(),
            deadline,
            stored?.SubmittedAt, stored?.SubmittedBy, stored?.LateDays is not null, stored?.LateDays, stored?.LateBy, stored?.AuditedAt, stored?.AuditedBy);
    }

    /// <summary>The fields a submission still needs, as 422 names them.</summary>
    public static string[] MissingOf(int? proposal, TargetValues values) =>
        [.. proposal is null ? ["proposalFirmMembers"] : Array.Empty<string>(), .. values.Missing.Select(kpi => $"targets.{TargetKpis.Code(kpi)}")];
}
