using Alliance.Messaging.Writes;
using Alliance.Reporting.Domain;

namespace Alliance.Reporting.Api.Data;

/// <summary>
/// The programme-wide aims of a year, set by the centre: firm members (2,300 in 108) and how many alliances should be
/// self-sufficient (79 in the briefing). Never deleted; every change is in the history.
/// </summary>
public sealed class ProgrammeTarget : IVersioned
{
    /// <summary>The ROC year.</summary>
    public int Year { get; init; }
    public int FirmMembers { get; set; }
    public int SelfSufficientAlliances { get; set; }
    public required string ChangedBy { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public long Version { get; set; }
}

/// <summary>
/// An alliance's mid-term review outcome (期中審查結果) for a year, recorded by the centre and confirmed by an officer.
/// Any change withdraws the confirmation. The alliance sees it only once confirmed, from the year's review-results date on.
/// </summary>
public sealed class ReviewOutcomeRecord : IVersioned
{
    public Guid AllianceId { get; init; }
    public int Year { get; init; }

    /// <summary><c>continues</c>, <c>continues-with-conditions</c> or <c>funding-ends</c>.</summary>
    public required string Outcome { get; set; }

    /// <summary>The conditions of continues-with-conditions; null for the others.</summary>
    public string? Conditions { get; set; }

    /// <summary>The reviewers' comments, which next year's targets are set from.</summary>
    public required string Comments { get; set; }
    public required string RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public bool Confirmed { get; set; }
    public string? ConfirmedBy { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }
    public long Version { get; set; }
}

/// <summary>Reporting's copy of site-visit's abnormal flag (異常) of an alliance, as its newest event (by version) left it.</summary>
public sealed record AbnormalFlagCopy : IVersionedCopy
{
    public required Guid AllianceId { get; init; }
    public required bool Flagged { get; init; }

    /// <summary>The reason it was flagged with; kept after a clearing, which carries only a note.</summary>
    public string Reason { get; init; } = "";
    public required long Version { get; init; }
}

/// <summary>Reporting's copy of site-visit's outstanding alliance (績優聯盟) of a domain and year; only a confirmed one is a badge.</summary>
public sealed record OutstandingCopy : IVersionedCopy
{
    public required int Year { get; init; }
    public required string DomainCode { get; init; }
    public required Guid AllianceId { get; init; }
    public required bool Confirmed { get; init; }
    public required long Version { get; init; }
}
