using Alliance.Membership.Domain;
using Alliance.ServiceDefaults.Problems;

namespace Alliance.Membership.Api.Apis;

/// <summary>One broken contract rule: its error code (400 for the period's format, 422 for the rules), field and reason.</summary>
internal sealed record ContractError(ErrorCode Code, string Field, LocalizedText Message)
{
    public DomainException ToException() => Code == ErrorCode.Invalid ? DomainException.Invalid(Field, Message) : DomainException.RuleViolated(Field, Message);
}

/// <summary>
/// The domain's <see cref="ContractRules"/> as the problems the contract endpoints and the sheet import
/// report: a period that ends before it starts is malformed input (400), the rest are broken rules (422).
/// </summary>
internal static class ContractProblems
{
    /// <summary>Every rule the contract breaks, in the order of <see cref="ContractRules.Check"/>, with its message.</summary>
    /// <param name="tierIsTheAlliances">whether the named fee tier, if any, belongs to the alliance</param>
    public static IReadOnlyList<ContractError> Check(ContractRequest request, bool tierIsTheAlliances)
    {
        var facts = new ContractFacts(request.Start, request.End, request.Paid, request.Fee,
            request.FeeTierId is null ? null : tierIsTheAlliances);
        return ContractRules.Check(facts).Select(broken => new ContractError(CodeOf(broken.Rule), broken.Field, MessageOf(broken.Rule))).ToList();
    }

    private static ErrorCode CodeOf(ContractRule rule) => rule == ContractRule.EndsBeforeStart ? ErrorCode.Invalid : ErrorCode.RuleViolated;

    private static LocalizedText MessageOf(ContractRule rule) => rule switch
    {
        ContractRule.EndsBeforeStart => new("合約結束日不能早於開始日。", "The contract cannot end before it starts."),
        ContractRule.PaidWithoutFee => new("收費合約須填寫至少 0.01 元的會費。", "A paid contract needs a fee of at least 0.01."),
        ContractRule.FreeWithFee => new("免費合約的會費須為 0。", "A free contract has no fee."),
        ContractRule.FeeTierNotTheAlliances => new("此會員分級不屬於本聯盟。", "The fee tier is not one of this alliance's."),
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
    };
}
