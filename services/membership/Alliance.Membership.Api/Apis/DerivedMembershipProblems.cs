using Alliance.Membership.Domain;
using Alliance.ServiceDefaults.Problems;

namespace Alliance.Membership.Api.Apis;

/// <summary>The domain's <see cref="DerivedMembership"/> refusals as 422 problems, with the message in both languages.</summary>
internal static class DerivedMembershipProblems
{
    public static DomainException ToException(this DerivedMembershipRefusal refusal)
    {
        var message = MessageOf(refusal.Rule);
        return refusal.Code is { } code
            ? DomainException.RuleViolated(refusal.Field, message, code)
            : DomainException.RuleViolated(refusal.Field, message);
    }

    private static LocalizedText MessageOf(DerivedMembershipRule rule) => rule switch
    {
        DerivedMembershipRule.MemberCannotBeRemoved => new(
            "此會員資格來自產學合作計畫，請至收入明細更正或作廢該計畫。",
            "This membership comes from a cooperation project; correct or void the project in the income entries."),
        DerivedMembershipRule.ContractCannotBeEdited => new(
            "此會員資格來自產學合作計畫，請至收入明細更正該計畫。",
            "This membership comes from a cooperation project; correct the project in the income entries."),
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
    };
}
