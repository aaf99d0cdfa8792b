using Alliance.Messaging.Writes;
using Alliance.Reporting.Domain;

namespace Alliance.Reporting.Api.Data;

/// <summary>
/// An alliance's expected targets (預期成果) for one programme year: the proposal's original firm-member target,
/// the targets by KPI (<see cref="Values"/>, JSON as the API shows them), the centre's return notes and the
/// exceptions it recorded. Never deleted; every change is in the history.
/// </summary>
public sealed class AllianceTargets : IVersioned
{
    public Guid AllianceId { get; init; }
    public int Year { get; init; }
    public TargetStatus Status { get; set; }
    public int? ProposalFirmMembers { get; set; }

    /// <summary>The targets as JSON, keyed by KPI code (<see cref="TargetValuesJson"/>).</summary>
    public string Values { get; set; } = "{}";

    /// <summary>The centre's notes of its last return, by KPI code, as JSON; <c>{}</c> when none.</summary>
    public string Notes { get; set; } = "{}";
    public List<TargetException> Exceptions { get; init; } = [];
    public DateTimeOffset? SubmittedAt { get; set; }
    public string? SubmittedBy { get; set; }

    /// <summary>Taiwan days past the deadline of the last submission; null when it was on time.</summary>
    public int? LateDays { get; set; }

    /// <summary>The exact time past the deadline's end of the last submission; null when on time.</summary>
    public TimeSpan? LateBy { get; set; }
    public DateTimeOffset? AuditedAt { get; set; }
    public string? AuditedBy { get; set; }
    public long Version { get; set; }
}

/// <summary>The centre's exception to one target rule for an alliance's year, with its note: the rule no longer refuses.</summary>
public sealed class TargetException
{
    public Guid AllianceId { get; init; }
    public int Year { get; init; }
    public TargetRule Rule { get; init; }
    public required string Note { get; set; }
    public required string RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
