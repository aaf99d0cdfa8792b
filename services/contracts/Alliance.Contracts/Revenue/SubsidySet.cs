using MassTransit;

namespace Alliance.Contracts.Revenue;

/// <summary>The centre set (or changed) an alliance's approved subsidy (核定補助金額) for a programme year.</summary>
[MessageUrn("alliance:revenue:subsidy-set:v1")]
public sealed record SubsidySet : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid AllianceId { get; init; }
    /// <summary>The programme year as a ROC year, e.g. 108.</summary>
    public required int Year { get; init; }
    /// <summary>Exact amount in NTD.</summary>
    public required decimal Amount { get; init; }
    /// <summary>Revenue's version of the subsidy (1 when first set, one more with every change), so a consumer can ignore an older amount; 0 from publishers before it was carried.</summary>
    public long Version { get; init; }
}
