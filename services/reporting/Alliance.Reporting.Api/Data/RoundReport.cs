using Alliance.Messaging.Writes;
using Alliance.Reporting.Domain;

namespace Alliance.Reporting.Api.Data;

/// <summary>
/// An alliance's report of one round (<c>108-kpi-1</c>): its status and version, which move only by
/// <see cref="RoundLifecycle"/>. Stored from the first draft or submission on; before that the round reads as
/// not-started at version 0. The draft texts are <see cref="RoundText"/> rows, saved as typed without raising the
/// version; what was submitted is a <see cref="Submission"/> each time. Never deleted; every change is in the history.
/// </summary>
public sealed class RoundReport : IVersioned
{
    public Guid AllianceId { get; init; }

    /// <summary>The round's id, <c>{year}-{kind}</c>.</summary>
    public required string RoundId { get; init; }

    /// <summary>The programme year (ROC) the round belongs to, whose closing freezes it.</summary>
    public int Year { get; init; }
    public RoundStatus Status { get; set; }

    /// <summary>The number of the latest submission; 0 before the first.</summary>
    public int Submissions { get; set; }
    public long Version { get; set; }
}

/// <summary>
/// One draft text of a round's report as last typed: a row's variance analysis (簡要差異分析, <see cref="Key"/> the
/// row's code) or a narrative section (產業效益 <c>industry</c>, 學界效益 <c>academic</c>). The last write wins;
/// who wrote what and when is in the report's history.
/// </summary>
public sealed class RoundText
{
    public const string Variance = "variance";
    public const string Narrative = "narrative";
    public const string Industry = "industry";
    public const string Academic = "academic";

    public Guid AllianceId { get; init; }
    public required string RoundId { get; init; }

    /// <summary><see cref="Variance"/> or <see cref="Narrative"/>.</summary>
    public required string Section { get; init; }

    /// <summary>The row's code for a variance text; <see cref="Industry"/> or <see cref="Academic"/> for a narrative.</summary>
    public required string Key { get; init; }
    public required string Text { get; set; }
    public required string ChangedBy { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}
