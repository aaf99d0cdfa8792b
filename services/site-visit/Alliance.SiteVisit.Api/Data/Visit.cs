using Alliance.Messaging.Writes;

namespace Alliance.SiteVisit.Api.Data;

/// <summary>
/// A site visit (實地查訪) to one alliance in one programme year. Its alliance never changes. Once
/// <see cref="CompletedAt"/> is set the visit is completed: its forms and reviewers no longer change.
/// </summary>
public sealed class Visit : IVersioned
{
    public Guid Id { get; init; }
    public Guid AllianceId { get; init; }
    public int Year { get; set; }

    /// <summary>Stored in UTC; shown in Taiwan time. Its Taiwan day lies in the year (and April–July unless <see cref="Reason"/>).</summary>
    public DateTimeOffset StartsAt { get; set; }

    public string Place { get; set; } = "";

    /// <summary>The agenda's items in order; the centre edits them freely.</summary>
    public List<string> Agenda { get; set; } = [];

    /// <summary>Why the visit lies outside April–July; null when it needs none.</summary>
    public string? Reason { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
    public string? CompletedBy { get; set; }
    public long Version { get; set; }
    public required string ScheduledBy { get; init; }
    public DateTimeOffset ScheduledAt { get; init; }

    public bool Completed => CompletedAt is not null;
}
