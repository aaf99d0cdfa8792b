using Alliance.Contracts.Revenue;
using Alliance.Revenue.Api.Data;
using Alliance.Revenue.Domain;
using Alliance.ServiceDefaults.Input;

namespace Alliance.Revenue.Api.Apis;

/// <summary>The state other services keep of an income entry, as its events carry it.</summary>
internal static class IncomeEvents
{
    public static IncomeState StateOf(IncomeEntry entry) => new()
    {
        IncomeId = entry.Id,
        AllianceId = entry.AllianceId,
        Year = entry.Year,
        Category = KebabNames.Of(entry.Category),
        CounterpartyMemberId = entry.CounterpartyMemberId,
        CounterpartyName = entry.CounterpartyName ?? "",
        Date = entry.Date,
        Amount = entry.Amount,
        Status = KebabNames.Of(entry.Status),
        Version = entry.Version,
    };

    /// <summary>
    /// The cooperation project behind an entry. An entry corrected away from cooperation, or flagged
    /// for naming another alliance's member, is carried with both facts false, so membership derives
    /// no membership from it (and never adds that alliance's member to this one).
    /// </summary>
    public static CooperationProjectRecorded ProjectOf(IncomeEntry entry, DateTimeOffset now)
    {
        var isProject = entry.Category == IncomeCategory.IndustryAcademiaCooperation
            && entry.Reason != IncomeRuleCodes.Code(IncomeRule.CounterpartyOfAnotherAlliance);
        var start = entry.PeriodStart ?? entry.Date;
        return new CooperationProjectRecorded
        {
            EventId = Guid.CreateVersion7(),
            OccurredAt = now,
            ProjectId = entry.Id,
            AllianceId = entry.AllianceId,
            Year = entry.Year,
            MemberId = entry.CounterpartyMemberId,
            FirmName = entry.CounterpartyName ?? "",
            RegistrationNumber = entry.CounterpartyRegistrationNumber,
            OrganisationKind = entry.CounterpartyKind is { } kind && Enum.IsDefined(kind) ? OrganisationKinds.ApiName(kind) : "",
            County = entry.CounterpartyCounty,
            SignedOn = entry.Date,
            PeriodStart = start,
            PeriodEnd = entry.PeriodEnd ?? start,
            ConcernsCoreTechnology = isProject && entry.ConcernsCoreTechnology == true,
            SignedByPi = isProject && entry.SignedByPi == true,
            Version = entry.Version,
        };
    }
}
