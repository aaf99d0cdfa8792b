using Alliance.Messaging.Writes;
using Alliance.Revenue.Domain;

namespace Alliance.Revenue.Api.Data;

/// <summary>
/// One income entry (收入明細) of an alliance, reported in <see cref="Year"/>. Never deleted: a
/// correction keeps its reason and the history, a void its reason. The counterparty is a member
/// (<see cref="CounterpartyMemberId"/>, its details copied from revenue's member copy once known) or
/// an organisation by name and kind. Cooperation entries carry the project's period and its two facts.
/// </summary>
public sealed class IncomeEntry : IVersioned
{
    public Guid Id { get; init; }
    public Guid AllianceId { get; init; }
    public int Year { get; set; }
    public IncomeCategory Category { get; set; }
    public Guid? CounterpartyMemberId { get; set; }
    public string? CounterpartyName { get; set; }
    public string? CounterpartyRegistrationNumber { get; set; }
    public OrganisationKind? CounterpartyKind { get; set; }
    public string? CounterpartyCounty { get; set; }
    /// <summary>Date received, or the date the contract was signed (transfer, cooperation).</summary>
    public DateOnly Date { get; set; }
    /// <summary>Exact NTD: as received, or the total contract amount.</summary>
    public decimal Amount { get; set; }
    public string? Reference { get; set; }
    public string? Note { get; set; }
    public IncomeNature? Nature { get; set; }
    public DateOnly? PeriodStart { get; set; }
    public DateOnly? PeriodEnd { get; set; }
    public bool? ConcernsCoreTechnology { get; set; }
    public bool? SignedByPi { get; set; }
    public IncomeStatus Status { get; set; }
    /// <summary>member-not-yet-known when pending; the rule's code when flagged; otherwise null.</summary>
    public string? Reason { get; set; }
    public string? VoidReason { get; set; }
    public string? CorrectionReason { get; set; }
    /// <summary>1 when recorded, one more with every change; also the version carried by its events.</summary>
    public long Version { get; set; }
    public required string RecordedBy { get; init; }
    public DateTimeOffset RecordedAt { get; init; }

    public ProgrammeYear ProgrammeYear => ProgrammeYear.Create(Year);

    public CooperationTerms? CooperationTerms => Category == IncomeCategory.IndustryAcademiaCooperation && PeriodStart is { } start && PeriodEnd is { } end
        ? new CooperationTerms(DateRange.Create(start, end), ConcernsCoreTechnology == true, SignedByPi == true)
        : null;

    /// <summary>
    /// Whether the stored category, nature and counterparty kind are values revenue knows. Before enum
    /// names were enforced a number could be stored (<c>"category": 12345</c>); such an entry is shown
    /// with the raw value, never re-checked by the rules, and never counted.
    /// </summary>
    public bool IsReadable =>
        Enum.IsDefined(Category) && (Nature is not { } nature || Enum.IsDefined(nature))
        && (CounterpartyKind is not { } kind || Enum.IsDefined(kind));

    public IncomeFacts Facts => new(ProgrammeYear, Category, Date, CounterpartyMemberId is not null, CounterpartyKind, Nature, CooperationTerms);
}
