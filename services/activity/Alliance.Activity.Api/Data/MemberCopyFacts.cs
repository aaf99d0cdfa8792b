using Alliance.Activity.Domain;
using Alliance.Messaging.Roster.Members;

namespace Alliance.Activity.Api.Data;

/// <summary>
/// Activity's reading of its copy of a member (the shared <see cref="RosterMember"/>, as membership's
/// MemberJoined, MemberChanged and MemberLeft last described it): what the members served are checked against.
/// </summary>
internal static class MemberCopyFacts
{
    /// <summary>Firm, individual or other; a kind activity does not know reads as other.</summary>
    public static MemberKind MemberKindOf(this RosterMember member) =>
        Enum.TryParse<MemberKind>(member.MemberKind, ignoreCase: true, out var kind) ? kind : MemberKind.Other;

    /// <summary>The member as the rules see it from a record of <paramref name="allianceId"/>.</summary>
    public static MemberFacts FactsFor(this RosterMember member, Guid allianceId) => new(
        member.StandingTowards(allianceId),
        member.MemberKindOf(),
        member.Contracts.Select(c => DateRange.Create(c.Start, c.End)).ToList());

    /// <summary>A removed member stays the alliance's it was removed from: it is never another alliance's to name.</summary>
    public static MemberStanding StandingTowards(this RosterMember member, Guid allianceId) =>
        member.AllianceId != allianceId ? MemberStanding.OfAnotherAlliance
        : member.HasLeft ? MemberStanding.Removed
        : MemberStanding.OfThisAlliance;
}
