using Alliance.Messaging.Writes;

namespace Alliance.Revenue.Api.Data;

/// <summary>An alliance's approved subsidy (核定補助金額) for one programme year, in NTD; set by the centre.</summary>
public sealed class Subsidy : IVersioned
{
    public Guid AllianceId { get; init; }
    /// <summary>ROC year.</summary>
    public int Year { get; init; }
    public decimal Amount { get; set; }
    /// <summary>1 when first set, one more with every change; 0 for a year not set yet. A write naming another version is stale.</summary>
    public long Version { get; set; }
    public required string SetBy { get; set; }
    public DateTimeOffset SetAt { get; set; }
}
