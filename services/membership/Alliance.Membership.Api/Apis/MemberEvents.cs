using Alliance.Contracts.Membership;
using Alliance.Membership.Api.Data;
using Alliance.Membership.Domain;

namespace Alliance.Membership.Api.Apis;

/// <summary>The state other services keep of a member, as carried by MemberJoined and MemberChanged.</summary>
internal static class MemberEvents
{
    public static MemberState StateOf(Member member)
    {
        var kind = MemberClassification.KindOf(member.Kind);
        return new MemberState
        {
            MemberId = member.Id,
            AllianceId = member.AllianceId,
            Name = member.Name,
            OrganisationKind = OrganisationKinds.ApiName(member.Kind),
            MemberKind = kind.ToString().ToLowerInvariant(),
            IsFirm = kind == MemberKind.Firm,
            RegistrationNumber = member.RegistrationNumber,
            County = member.County,
            Region = Regions.Of(member.County, member.IsForeign) is { } region ? Kebab(region) : null,
            Contracts = member.Contracts.OrderBy(c => c.Start)
                .Select(c => new MemberContractTerm(c.Id, c.Start, c.End, c.Paid, c.Source == ContractSource.CooperationProject ? "cooperation-project" : "contract"))
                .ToArray(),
            Version = member.Revision,
        };
    }

    private static string Kebab(Region region) => region switch
    {
        Region.IslandsAndOverseas => "islands-and-overseas",
        _ => region.ToString().ToLowerInvariant(),
    };
}
