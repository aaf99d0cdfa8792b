using Alliance.Revenue.Api.Data;
using Alliance.Revenue.Domain;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Revenue.Api.Apis;

/// <summary>Applies the rules' verdict to a stored entry: when it is recorded or corrected, and when its member changes.</summary>
internal static class IncomeEvaluation
{
    public static async Task<MemberCopy?> MemberOfAsync(RevenueDbContext db, Guid? memberId, CancellationToken cancellationToken) =>
        memberId is { } id ? await db.Members.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken) : null;

    /// <summary>
    /// For a new or corrected entry: accepted, or pending while its member is unknown; a refusal is
    /// thrown as a 422 naming the field and the rule's code, and nothing is stored.
    /// </summary>
    public static void Admit(IncomeEntry entry, MemberCopy? member)
    {
        var verdict = IncomeRules.Check(entry.Facts, member?.FactsFor(entry.AllianceId, entry.Id));
        switch (verdict)
        {
            case IncomeVerdict.RefusedVerdict refused:
                throw RuleMessages.Refusal(refused, entry.Facts);
            case IncomeVerdict.PendingVerdict:
                entry.Status = IncomeStatus.Pending;
                entry.Reason = IncomeRuleCodes.MemberNotYetKnown;
                break;
            default:
                entry.Status = IncomeStatus.Accepted;
                entry.Reason = null;
                break;
        }
    }

    /// <summary>
    /// After the entry's member joined or changed: copies the member's details and re-checks the
    /// entry. A rule it now breaks flags it with the rule's code; passing every rule accepts it again.
    /// A member that turns out to be another alliance's flags the entry and is never copied: the
    /// entry does not follow it. Voided entries, and entries revenue cannot read, stay as they are.
    /// Returns whether anything the entry shows changed.
    /// </summary>
    public static bool Reassess(IncomeEntry entry, MemberCopy member)
    {
        if (entry.Status == IncomeStatus.Voided || !entry.IsReadable)
        {
            return false;
        }

        var before = (entry.Status, entry.Reason, entry.CounterpartyName, entry.CounterpartyRegistrationNumber, entry.CounterpartyKind, entry.CounterpartyCounty);
        var facts = member.FactsFor(entry.AllianceId, entry.Id);
        if (facts.Standing != MemberStanding.OfAnotherAlliance)
        {
            CopyCounterparty(entry, member);
        }

        var verdict = IncomeRules.Check(entry.Facts, facts);
        (entry.Status, entry.Reason) = verdict switch
        {
            IncomeVerdict.RefusedVerdict refused => (IncomeStatus.Flagged, IncomeRuleCodes.Code(refused.Rule)),
            IncomeVerdict.PendingVerdict => (IncomeStatus.Pending, IncomeRuleCodes.MemberNotYetKnown),
            _ => (IncomeStatus.Accepted, (string?)null),
        };
        return before != (entry.Status, entry.Reason, entry.CounterpartyName, entry.CounterpartyRegistrationNumber, entry.CounterpartyKind, entry.CounterpartyCounty);
    }

    public static void CopyCounterparty(IncomeEntry entry, MemberCopy member)
    {
        entry.CounterpartyName = member.Name;
        entry.CounterpartyRegistrationNumber = member.RegistrationNumber;
        entry.CounterpartyKind = member.OrganisationKind;
        entry.CounterpartyCounty = member.County;
    }
}
