using Alliance.Messaging.Writes;

namespace Alliance.SiteVisit.Api.Data;

/// <summary>
/// An alliance's abnormal flag (異常): one row per alliance, raised with a reason and cleared with a note, as
/// often as the centre does; the history keeps every flag. The version counts raising and clearing alike.
/// </summary>
public sealed class AbnormalFlag : IVersioned
{
    public Guid AllianceId { get; init; }
    public bool Flagged { get; set; }
    public string Reason { get; set; } = "";
    public string FlaggedBy { get; set; } = "";
    public DateTimeOffset FlaggedAt { get; set; }
    public string? Note { get; set; }
    public string? ClearedBy { get; set; }
    public DateTimeOffset? ClearedAt { get; set; }
    public long Version { get; set; }
}
