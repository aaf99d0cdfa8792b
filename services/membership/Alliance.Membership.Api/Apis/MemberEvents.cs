using Alliance.Contracts.Membership;
using Alliance.Membership.Api.Data;
using Alliance.Membership.Domain;
using Alliance.ServiceDefaults.Problems;

namespace Alliance.Membership.Api.Apis;

/// <summary>The state other services keep of a member, as carried by MemberJoined and MemberChanged.</summary>
internal static class MemberEvents
{
    /// <exception cref="DomainException"><see cref="ErrorCode.RuleViolated"/>: the member's stored kind is unknown, which no other service could read; its kind must be corrected first.</exception>
    public static MemberState StateOf(Member member)
    {
        var organisationKind = member.Kind ?? throw DomainException.RuleViolated("organisationKind", new(
            "此會員的單位類型無法辨識，請先更正會員資料。", "This member's kind of organisation is unknown; correct the member first."), "organisation-kind-unknown");
        var kind = MemberClassification.KindOf(organisationKind);
        return new MemberState
        {
            MemberId = member.Id,
            AllianceId = member.AllianceId,
            Name = member.Name,
            OrganisationKind = OrganisationKinds.ApiName(organisationKind),
            MemberKind = kind.ToString().ToLowerInvariant(),
            IsFirm = kind == MemberKind.Firm,
            RegistrationNumber = member.RegistrationNumber,
            County = member.County,
            Region = Regions.Of(member.County, member.IsForeign) is { } region ? Kebab(region) : null,
            Contracts = member.Contracts.OrderBy(c => c.Start)
                .Select(c => new MemberContractTerm(c.Id, c.Start, c.End, c.Paid, c.Source == ContractSource.CooperationProject ? "cooperation-project" : "contract"))
                .ToArray(),
            Version = member.Version,
        };
    }

    private static string Kebab(Region region) => region switch
    {
        Region.IslandsAndOverseas => "islands-and-overseas",
        _ => region.ToString().ToLowerInvariant(),
    };
}
