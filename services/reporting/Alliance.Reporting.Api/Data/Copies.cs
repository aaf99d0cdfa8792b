using Alliance.Reporting.Domain;

namespace Alliance.Reporting.Api.Data;

/// <summary>
/// Reporting's copy of one income entry, as revenue's IncomeRecorded, IncomeCorrected and IncomeVoided last described
/// it (the highest version seen). Values are as the events carry them (category and status by their API names).
/// A void that arrives before anything else of its entry keeps only what it carries: it never counts anyway.
/// </summary>
public sealed record IncomeCopy : IVersionedCopy
{
    public required Guid Id { get; init; }
    public required Guid AllianceId { get; init; }
    public required int Year { get; init; }
    public required string Category { get; init; }
    public Guid? CounterpartyMemberId { get; init; }
    public string CounterpartyName { get; init; } = "";
    public DateOnly Date { get; init; }
    public decimal Amount { get; init; }

    /// <summary>accepted, pending, flagged or voided; only accepted counts.</summary>
    public required string Status { get; init; }
    public required long Version { get; init; }
}

/// <summary>Reporting's copy of one activity or outcome, as activity's events last described it (the highest version seen).</summary>
public sealed record ActivityCopy : IVersionedCopy
{
    public required Guid Id { get; init; }
    public required Guid AllianceId { get; init; }
    public required int Year { get; init; }

    /// <summary>event, consultation, guidance or outcome.</summary>
    public required string Type { get; init; }

    /// <summary>promotion, seminar, …, derived-output-value.</summary>
    public required string Kind { get; init; }
    public required DateOnly Date { get; init; }
    public Guid? MemberId { get; init; }

    /// <summary>1 for a count, the people for new hires, NTD for derived output value.</summary>
    public required decimal Figure { get; init; }

    /// <summary>accepted, pending, flagged or voided; only accepted counts.</summary>
    public required string Status { get; init; }
    public required long Version { get; init; }
}

/// <summary>Reporting's copy of an alliance's subsidy for a year, as revenue's SubsidySet last set it.</summary>
public sealed record SubsidyCopy : IVersionedCopy
{
    public required Guid AllianceId { get; init; }
    public required int Year { get; init; }

    /// <summary>Exact NTD.</summary>
    public required decimal Amount { get; init; }
    public required long Version { get; init; }
}
