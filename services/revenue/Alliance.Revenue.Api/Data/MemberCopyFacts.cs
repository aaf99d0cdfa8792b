using Alliance.Messaging.Roster.Members;
using Alliance.Revenue.Domain;

namespace Alliance.Revenue.Api.Data;

/// <summary>
/// Revenue's reading of its copy of a member (the shared <see cref="RosterMember"/>, as membership's
/// MemberJoined, MemberChanged and MemberLeft last described it): what counterparties are checked against.
/// </summary>
internal static class MemberCopyFacts
{
    /// <summary>The member's kind of organisation; a name revenue does not know reads as other organisation.</summary>
    public static OrganisationKind OrganisationKindOf(this RosterMember member) =>
        OrganisationKinds.TryParse(member.OrganisationKind, out var kind) ? kind : OrganisationKind.OtherOrganisation;

    /// <summary>Firm, individual or other; a kind revenue does not know reads as other.</summary>
    public static MemberKind MemberKindOf(this RosterMember member) =>
        Enum.TryParse<MemberKind>(member.MemberKind, ignoreCase: true, out var kind) ? kind : MemberKind.Other;

    /// <summary>
    /// The member as the rules see it from an entry of <paramref name="allianceId"/>. The membership
    /// derived from the entry's own cooperation project (same id) is left out: the project cannot
    /// vouch for itself; the special case is judged from its two facts instead.
    /// </summary>
    public static MemberFacts FactsFor(this RosterMember member, Guid allianceId, Guid incomeId) => new(
        member.StandingTowards(allianceId),
        member.MemberKindOf(),
        member.Contracts.Where(c => c.ContractId != incomeId).Select(c => DateRange.Create(c.Start, c.End)).ToList());

    /// <summary>A removed member stays the alliance's it was removed from: it is never another alliance's to name.</summary>
    public static MemberStanding StandingTowards(this RosterMember member, Guid allianceId) =>
        member.AllianceId != allianceId ? MemberStanding.OfAnotherAlliance
        : member.HasLeft ? MemberStanding.Removed
        : MemberStanding.OfThisAlliance;
}
