using Alliance.Contracts.Membership;

namespace Alliance.Messaging.Roster.Members;

/// <summary>
/// How a copy of the members takes in membership's member events. Each rule is a pure function of the
/// state held (null when the member is new to the copy) and one event, and together they give the same
/// state whatever order the events arrive in and however often each arrives:
/// <list type="bullet">
/// <item>a state (joined or changed) replaces the held description only when none is held or it is newer (a higher version);</item>
/// <item>a removal is kept whatever comes after it, and replaced only by a removal of a higher version: a state
/// that arrives after it only describes the member, it never gives it contracts (makes it a member) again;</item>
/// <item>the source version is the highest seen.</item>
/// </list>
/// </summary>
public static class MemberRules
{
    public static RosterMember Apply(RosterMember? held, MemberJoined joined) => WithState(held, joined.Member);

    public static RosterMember Apply(RosterMember? held, MemberChanged changed) => WithState(held, changed.Member);

    public static RosterMember Apply(RosterMember? held, MemberLeft left)
    {
        var state = held ?? new RosterMember { Id = left.MemberId, AllianceId = left.AllianceId };
        var removed = state.LeftAt is null || left.Version > state.LeftVersion
            ? state with { LeftAt = left.OccurredAt, LeftVersion = left.Version, Contracts = RosterMemberContracts.None }
            : state;
        return Seen(removed, left.Version);
    }

    private static RosterMember WithState(RosterMember? held, MemberState member)
    {
        var state = held ?? new RosterMember { Id = member.MemberId, AllianceId = member.AllianceId };
        var described = state.DetailsVersion is { } known && member.Version <= known
            ? state
            : state with
            {
                AllianceId = member.AllianceId,
                Name = member.Name,
                OrganisationKind = member.OrganisationKind,
                MemberKind = member.MemberKind,
                IsFirm = member.IsFirm,
                RegistrationNumber = member.RegistrationNumber,
                County = member.County,
                Region = member.Region,
                Contracts = state.HasLeft ? RosterMemberContracts.None : ContractsOf(member),
                DetailsVersion = member.Version,
            };
        return Seen(described, member.Version);
    }

    private static RosterMemberContracts ContractsOf(MemberState member) =>
        new(member.Contracts.Select(c => new RosterMemberContract(c.ContractId, c.Start, c.End, c.Paid, c.Source)));

    private static RosterMember Seen(RosterMember state, long version) =>
        version > state.SourceVersion ? state with { SourceVersion = version } : state;
}
