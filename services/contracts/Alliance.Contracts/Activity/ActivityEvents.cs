using MassTransit;

namespace Alliance.Contracts.Activity;

/// <summary>An activity or outcome was recorded. <see cref="ActivityState.Status"/> says whether it counts yet.</summary>
[MessageUrn("alliance:activity:activity-recorded:v1")]
public sealed record ActivityRecorded : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required ActivityState Activity { get; init; }
}

/// <summary>
/// A record changed: corrected by its alliance (with a reason), or its status moved because the member
/// it names joined, changed or stopped qualifying (flagged, or counting again). The whole new state is carried.
/// </summary>
[MessageUrn("alliance:activity:activity-corrected:v1")]
public sealed record ActivityCorrected : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required ActivityState Activity { get; init; }

    /// <summary>Why it changed: the user's reason for a correction, or the rule's code for a status change (<c>member-qualifies</c> when it counts again).</summary>
    public string? Reason { get; init; }
}

/// <summary>A record was voided (never deleted); it no longer counts anywhere. Its last state is carried, with status <c>voided</c>.</summary>
[MessageUrn("alliance:activity:activity-voided:v1")]
public sealed record ActivityVoided : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required ActivityState Activity { get; init; }
    public required string Reason { get; init; }
}

/// <summary>
/// A record as activity knows it: what reporting needs to count it by alliance, year, KPI and date.
/// Only a state with status <c>accepted</c> counts; a newer <see cref="Version"/> replaces an older one.
/// </summary>
public sealed record ActivityState
{
    public required Guid ActivityId { get; init; }
    public required Guid AllianceId { get; init; }

    /// <summary>The programme year (ROC) the record is reported in.</summary>
    public required int Year { get; init; }

    /// <summary>event, consultation, guidance or outcome.</summary>
    public required string Type { get; init; }

    /// <summary>promotion, seminar, consultation, on-site-guidance, new-product, new-technology, patent-application, patent-grant, new-hire or derived-output-value.</summary>
    public required string Kind { get; init; }

    /// <summary>The KPI code it counts toward: promotion-events, technical-seminars, consultations, on-site-guidance, new-products, new-technologies, patents, new-hires or derived-output-value.</summary>
    public required string Kpi { get; init; }

    public required DateOnly Date { get; init; }

    /// <summary>The member served; null for an event.</summary>
    public Guid? MemberId { get; init; }

    /// <summary>What the record adds to its KPI: 1 for a count, the people for new hires, the amount in NTD for derived output value.</summary>
    public required decimal Figure { get; init; }

    /// <summary>accepted, pending, flagged or voided.</summary>
    public required string Status { get; init; }

    /// <summary>Grows with every change, so a consumer can ignore an older state.</summary>
    public required long Version { get; init; }
}
