using Alliance.Messaging.Writes;

namespace Alliance.Reporting.Api.Data;

/// <summary>
/// An alliance's phase and year within it for one programme year, as the roster said at the year's opening (or
/// at the alliance's registration, for one registered later), until the centre corrects it. The target rules
/// read the phase of the year, not today's.
/// </summary>
public sealed class AllianceYearPhase : IVersioned
{
    public Guid AllianceId { get; init; }
    public int Year { get; init; }
    public int Phase { get; set; }
    public int YearInPhase { get; set; }

    /// <summary>Where it came from: <c>opening</c>, <c>registration</c> or <c>centre</c> (a correction).</summary>
    public required string Source { get; set; }
    public long Version { get; set; }
}
