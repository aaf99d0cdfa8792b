using Alliance.SiteVisit.Domain;

namespace Alliance.SiteVisit.Api.Data;

/// <summary>A counselling session (輔導) the centre gave an alliance, with its notes and recommendations; kept as recorded.</summary>
public sealed class CounsellingSession
{
    public Guid Id { get; init; }
    public Guid AllianceId { get; init; }
    public int Year { get; init; }
    public CounsellingKind Kind { get; init; }
    public DateOnly Date { get; init; }
    public string Notes { get; init; } = "";
    public string Recommendations { get; init; } = "";
    public required string RecordedBy { get; init; }
    public DateTimeOffset RecordedAt { get; init; }
}
