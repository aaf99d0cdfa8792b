using System.Text.Json;
using System.Text.Json.Serialization;

namespace Alliance.Gateway.Web.Revenue;

// What the pages read from and send to the revenue API (the contract in the revenue issue). Enums
// travel as their kebab-case names and stay strings here: the gateway shows them, the API decides.

public sealed record SubsidyRow(Guid AllianceId, int Year, decimal Amount, long Version, string? SetBy, DateTimeOffset? SetAt);

/// <param name="Version">the version read; 0 sets a year for the first time</param>
public sealed record SubsidyBody(decimal Amount, long Version);

// The codes are read as text whatever JSON type they arrive in: a stored value the API cannot name
// (a number stored before enum names were enforced) must show as unknown, never end the circuit.
public sealed record IncomeRow(
    Guid Id, Guid AllianceId, int Year, [property: JsonConverter(typeof(CodeText))] string Category,
    Guid? CounterpartyMemberId, string? CounterpartyName, string? CounterpartyRegistrationNumber,
    [property: JsonConverter(typeof(CodeText))] string? CounterpartyKind, string? CounterpartyCounty,
    DateOnly Date, decimal Amount, string? Reference, string? Note, [property: JsonConverter(typeof(CodeText))] string? Nature,
    DateOnly? PeriodStart, DateOnly? PeriodEnd, bool? ConcernsCoreTechnology, bool? SignedByPi,
    [property: JsonConverter(typeof(CodeText))] string Status, string? Reason, string? ReasonText, string? VoidReason, string? CorrectionReason,
    long Version, string? RecordedBy, DateTimeOffset? RecordedAt);

/// <summary>A new entry (POST) or, with <see cref="Version"/> and <see cref="Reason"/>, a correction (PUT).</summary>
public sealed record IncomeBody(
    int Year, string Category,
    Guid? CounterpartyMemberId, string? CounterpartyName, string? CounterpartyRegistrationNumber, string? CounterpartyKind, string? CounterpartyCounty,
    DateOnly? Date, decimal Amount, string? Reference, string? Note, string? Nature,
    DateOnly? PeriodStart, DateOnly? PeriodEnd, bool? ConcernsCoreTechnology, bool? SignedByPi,
    long? Version = null, string? Reason = null);

public sealed record VoidBody(string Reason, long? Version);

/// <summary>The figures of one year (or one range within it); the previous year's carry the same fields.</summary>
public record RevenueFigures(
    int Year, DateOnly? From, DateOnly? To,
    decimal MembershipFees, decimal TechnicalServices, decimal TechnologyTransfer, decimal IndustryAcademiaCooperation, decimal Other,
    decimal RecurringOperatingRevenue, decimal OperatingRevenue, decimal? Subsidy, decimal? SelfSufficiencyRatio,
    int PendingCount, int FlaggedCount);

public sealed record RevenueChange(
    decimal? MembershipFees, decimal? TechnicalServices, decimal? TechnologyTransfer, decimal? IndustryAcademiaCooperation, decimal? Other,
    decimal? RecurringOperatingRevenue, decimal? OperatingRevenue, decimal? Subsidy, decimal? SelfSufficiencyRatio);

public sealed record RevenueSummaryRow(
    Guid AllianceId, int Year, DateOnly? From, DateOnly? To,
    decimal MembershipFees, decimal TechnicalServices, decimal TechnologyTransfer, decimal IndustryAcademiaCooperation, decimal Other,
    decimal RecurringOperatingRevenue, decimal OperatingRevenue, decimal? Subsidy, decimal? SelfSufficiencyRatio,
    int PendingCount, int FlaggedCount, RevenueFigures? PreviousYear, RevenueChange? Change)
    : RevenueFigures(Year, From, To, MembershipFees, TechnicalServices, TechnologyTransfer, IndustryAcademiaCooperation, Other,
        RecurringOperatingRevenue, OperatingRevenue, Subsidy, SelfSufficiencyRatio, PendingCount, FlaggedCount);

/// <summary>A code as text: a JSON string as it is, a number or anything else as its raw JSON text.</summary>
public sealed class CodeText : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString()! : JsonDocument.ParseValue(ref reader).RootElement.GetRawText();

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

/// <summary>
/// An income category as the revenue service states it: its name, its weight in operating revenue,
/// whether it recurs and the natures an entry of it is recorded with (none but for other income).
/// </summary>
public sealed record IncomeCategoryRow(
    string Code, string NameZh, string NameEn, decimal OperatingRevenueWeight, bool Recurring, IReadOnlyList<IncomeNatureRow>? Natures = null);

/// <summary>A nature of income as the revenue service states it; one that is not <paramref name="Counted"/> is always refused.</summary>
public sealed record IncomeNatureRow(string Code, string NameZh, string NameEn, bool Counted);
