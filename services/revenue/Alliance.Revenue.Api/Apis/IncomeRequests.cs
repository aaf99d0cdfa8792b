using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Alliance.Revenue.Domain;
using Alliance.ServiceDefaults.Input;

namespace Alliance.Revenue.Api.Apis;

/// <summary>An income entry as the alliance records it; the contract is in docs (revenue API).</summary>
public class IncomeRequest
{
    /// <summary>The programme year (ROC) the entry is reported in.</summary>
    [Required]
    public int? Year { get; init; }

    [Required]
    public IncomeCategory? Category { get; init; }

    /// <summary>A member of the alliance; when set, the other counterparty fields come from revenue's copy of it.</summary>
    public Guid? CounterpartyMemberId { get; init; }

    [StringLength(200)]
    public string? CounterpartyName { get; init; }

    public string? CounterpartyRegistrationNumber { get; init; }

    public OrganisationKind? CounterpartyKind { get; init; }

    /// <summary>County or city, 臺 or 台 (stored 臺).</summary>
    public string? CounterpartyCounty { get; init; }

    /// <summary>Date received, or the date the contract was signed (transfer, cooperation).</summary>
    [Required]
    public DateOnly? Date { get; init; }

    /// <summary>NTD, above 0.</summary>
    [Required, Money]
    public decimal? Amount { get; init; }

    [StringLength(200)]
    public string? Reference { get; init; }

    [StringLength(2000)]
    public string? Note { get; init; }

    /// <summary>Other income only.</summary>
    public IncomeNature? Nature { get; init; }

    /// <summary>Cooperation only: the project's period.</summary>
    public DateOnly? PeriodStart { get; init; }

    public DateOnly? PeriodEnd { get; init; }

    /// <summary>Cooperation only.</summary>
    public bool? ConcernsCoreTechnology { get; init; }

    /// <summary>Cooperation only.</summary>
    public bool? SignedByPi { get; init; }
}

/// <summary>A correction: the whole entry again, the version read and why it is corrected.</summary>
public sealed class IncomeCorrectionRequest : IncomeRequest
{
    [Required]
    public long? Version { get; init; }

    [Required, StringLength(500, MinimumLength = 1)]
    public string? Reason { get; init; }
}

public sealed class VoidIncomeRequest
{
    [Required, StringLength(500, MinimumLength = 1)]
    public string? Reason { get; init; }

    /// <summary>
    /// The version read: 400 without it, 409 when no longer current. Checked after the entry is found
    /// and known not voided, so voiding a voided entry says why it cannot change.
    /// </summary>
    public long? Version { get; init; }
}

/// <summary>
/// An income entry with its status; the counterparty fields come from the member copy when the member
/// is known. A stored category, nature or kind no name has is shown as its raw value (see <see cref="ShownEnumConverter{TEnum}"/>).
/// </summary>
public sealed record IncomeResponse(
    Guid Id, Guid AllianceId, int Year, [property: JsonConverter(typeof(ShownEnumConverter<IncomeCategory>))] IncomeCategory Category,
    Guid? CounterpartyMemberId, string? CounterpartyName, string? CounterpartyRegistrationNumber,
    [property: JsonConverter(typeof(ShownEnumConverter<OrganisationKind>))] OrganisationKind? CounterpartyKind, string? CounterpartyCounty,
    DateOnly Date, decimal Amount, string? Reference, string? Note, [property: JsonConverter(typeof(ShownEnumConverter<IncomeNature>))] IncomeNature? Nature,
    DateOnly? PeriodStart, DateOnly? PeriodEnd, bool? ConcernsCoreTechnology, bool? SignedByPi,
    [property: JsonConverter(typeof(ShownEnumConverter<IncomeStatus>))] IncomeStatus Status, string? Reason, string? ReasonText, string? VoidReason, string? CorrectionReason,
    long Version, string RecordedBy, DateTimeOffset RecordedAt);
