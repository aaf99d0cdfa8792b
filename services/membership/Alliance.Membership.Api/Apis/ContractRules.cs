using Alliance.Membership.Domain;
using Alliance.ServiceDefaults.Problems;

namespace Alliance.Membership.Api.Apis;

/// <summary>One broken contract rule: its error code (400 for the period's format, 422 for the rules), field and reason.</summary>
internal sealed record ContractError(ErrorCode Code, string Field, LocalizedText Message)
{
    public DomainException ToException() => Code == ErrorCode.Invalid ? DomainException.Invalid(Field, Message) : DomainException.RuleViolated(Field, Message);
}

/// <summary>The rules of a contract, pure, shared by the contract endpoints and the sheet import.</summary>
internal static class ContractRules
{
    /// <summary>
    /// Every rule the contract breaks, in this order: end before start (Invalid, <c>end</c>); paid
    /// without a fee above zero to the cent, or free with a fee (<see cref="ContractFee.Check"/>;
    /// RuleViolated, <c>fee</c>); a fee tier that is not the alliance's (RuleViolated, <c>feeTierId</c>).
    /// </summary>
    /// <param name="tierIsTheAlliances">whether the named fee tier, if any, belongs to the alliance</param>
    public static IReadOnlyList<ContractError> Check(ContractRequest request, bool tierIsTheAlliances)
    {
        var errors = new List<ContractError>();
        if (request.End < request.Start)
        {
            errors.Add(new(ErrorCode.Invalid, "end", new("合約結束日不能早於開始日。", "The contract cannot end before it starts.")));
        }

        switch (ContractFee.Check(request.Paid, request.Fee))
        {
            case FeeProblem.PaidWithoutFee:
                errors.Add(new(ErrorCode.RuleViolated, "fee", new("收費合約須填寫至少 0.01 元的會費。", "A paid contract needs a fee of at least 0.01.")));
                break;
            case FeeProblem.FreeWithFee:
                errors.Add(new(ErrorCode.RuleViolated, "fee", new("免費合約的會費須為 0。", "A free contract has no fee.")));
                break;
        }

        if (request.FeeTierId is not null && !tierIsTheAlliances)
        {
            errors.Add(new(ErrorCode.RuleViolated, "feeTierId", new("此會員分級不屬於本聯盟。", "The fee tier is not one of this alliance's.")));
        }

        return errors;
    }
}
