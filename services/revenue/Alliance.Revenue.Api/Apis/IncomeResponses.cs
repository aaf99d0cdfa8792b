using System.Globalization;
using Alliance.Revenue.Api.Data;

namespace Alliance.Revenue.Api.Apis;

internal static class IncomeResponses
{
    /// <summary>The entry as the API shows it; <paramref name="language"/> null leaves the reason's text out (for history).</summary>
    public static IncomeResponse From(IncomeEntry e, CultureInfo? language) => new(
        e.Id, e.AllianceId, e.Year, e.Category,
        e.CounterpartyMemberId, e.CounterpartyName, e.CounterpartyRegistrationNumber, e.CounterpartyKind, e.CounterpartyCounty,
        e.Date, e.Amount, e.Reference, e.Note, e.Nature,
        e.PeriodStart, e.PeriodEnd, e.ConcernsCoreTechnology, e.SignedByPi,
        e.Status, e.Reason, language is null ? null : RuleMessages.ForReason(e.Reason, e.Facts)?.For(language), e.VoidReason, e.CorrectionReason,
        e.Version, e.RecordedBy, e.RecordedAt);
}
