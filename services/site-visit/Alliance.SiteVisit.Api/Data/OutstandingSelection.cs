using Alliance.Messaging.Writes;

namespace Alliance.SiteVisit.Api.Data;

/// <summary>
/// A domain's outstanding alliance (績優聯盟) for a year: at most one, selected by the centre and confirmed by a
/// ministry officer. Every new selection withdraws the confirmation; every change is kept in the history.
/// </summary>
public sealed class OutstandingSelection : IVersioned
{
    public int Year { get; init; }
    public required string DomainCode { get; init; }
    public Guid AllianceId { get; set; }
    public bool Confirmed { get; set; }
    public required string SelectedBy { get; set; }
    public DateTimeOffset SelectedAt { get; set; }
    public string? ConfirmedBy { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }
    public long Version { get; set; }
}
