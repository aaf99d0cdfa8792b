using MassTransit;

namespace Alliance.Contracts.Revenue;

/// <summary>An income entry was recorded. <see cref="IncomeState.Status"/> says whether it counts yet.</summary>
[MessageUrn("alliance:revenue:income-recorded:v1")]
public sealed record IncomeRecorded : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required IncomeState Income { get; init; }
}

/// <summary>
/// An income entry changed: corrected by its alliance (with a reason), or its status moved because
/// a member it names joined, changed or stopped qualifying. The whole new state is carried.
/// </summary>
[MessageUrn("alliance:revenue:income-corrected:v1")]
public sealed record IncomeCorrected : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required IncomeState Income { get; init; }
    /// <summary>Why it changed: the user's reason for a correction, or the rule's reason for a status change.</summary>
    public string? Reason { get; init; }
}

/// <summary>An income entry was voided (never deleted); it no longer counts anywhere.</summary>
[MessageUrn("alliance:revenue:income-voided:v1")]
public sealed record IncomeVoided : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid IncomeId { get; init; }
    public required Guid AllianceId { get; init; }
    /// <summary>membership-fee, technical-service, technology-transfer, industry-academia-cooperation or other.</summary>
    public required string Category { get; init; }
    public required int Year { get; init; }
    public required string Reason { get; init; }
    public required long Version { get; init; }
}

/// <summary>An income entry as revenue knows it; amounts in NTD, years as ROC integers.</summary>
public sealed record IncomeState
{
    public required Guid IncomeId { get; init; }
    public required Guid AllianceId { get; init; }
    public required int Year { get; init; }
    /// <summary>membership-fee, technical-service, technology-transfer, industry-academia-cooperation or other.</summary>
    public required string Category { get; init; }
    public Guid? CounterpartyMemberId { get; init; }
    public required string CounterpartyName { get; init; }
    public required DateOnly Date { get; init; }
    public required decimal Amount { get; init; }
    /// <summary>accepted, pending or flagged.</summary>
    public required string Status { get; init; }
    /// <summary>Grows with every change, so a consumer can ignore an older state.</summary>
    public required long Version { get; init; }
}
