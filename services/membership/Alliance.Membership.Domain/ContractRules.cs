namespace Alliance.Membership.Domain;

/// <summary>The rules a membership contract can break (DOMAIN.md, "Members").</summary>
public enum ContractRule
{
    /// <summary>The contract ends before it starts (field <c>end</c>); a malformed period rather than a broken rule.</summary>
    EndsBeforeStart,

    /// <summary>A paid contract (收費) whose fee, kept to the cent, is not above zero (field <c>fee</c>).</summary>
    PaidWithoutFee,

    /// <summary>A free contract (免費) that carries a fee (field <c>fee</c>).</summary>
    FreeWithFee,

    /// <summary>The named fee tier is not one of the alliance's (field <c>feeTierId</c>).</summary>
    FeeTierNotTheAlliances,
}

/// <summary>What the contract rules need to know of one contract.</summary>
/// <param name="Start">the first day, inclusive; null when it could not be read (a sheet cell), which skips the period rule alone</param>
/// <param name="End">the last day, inclusive; null as for <paramref name="Start"/></param>
/// <param name="TierIsTheAlliances">whether the named fee tier belongs to the alliance; null when no tier is named</param>
public sealed record ContractFacts(DateOnly? Start, DateOnly? End, bool Paid, decimal Fee, bool? TierIsTheAlliances);

/// <summary>One broken contract rule and the request field (camelCase) that breaks it.</summary>
public sealed record BrokenContractRule(ContractRule Rule, string Field);

/// <summary>The rules of a contract as one pure function, shared by the contract endpoints and the sheet import.</summary>
public static class ContractRules
{
    /// <summary>
    /// Every rule the contract breaks, in this order: <see cref="ContractRule.EndsBeforeStart"/> (<c>end</c>);
    /// <see cref="ContractRule.PaidWithoutFee"/> or <see cref="ContractRule.FreeWithFee"/> by
    /// <see cref="ContractFee.Check"/> (<c>fee</c>); <see cref="ContractRule.FeeTierNotTheAlliances"/>
    /// (<c>feeTierId</c>). Empty when the contract keeps them all. A one-day contract (end = start) is fine.
    /// </summary>
    public static IReadOnlyList<BrokenContractRule> Check(ContractFacts contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var broken = new List<BrokenContractRule>();
        if (contract.End < contract.Start)
        {
            broken.Add(new(ContractRule.EndsBeforeStart, "end"));
        }

        switch (ContractFee.Check(contract.Paid, contract.Fee))
        {
            case FeeProblem.PaidWithoutFee:
                broken.Add(new(ContractRule.PaidWithoutFee, "fee"));
                break;
            case FeeProblem.FreeWithFee:
                broken.Add(new(ContractRule.FreeWithFee, "fee"));
                break;
        }

        if (contract.TierIsTheAlliances is false)
        {
            broken.Add(new(ContractRule.FeeTierNotTheAlliances, "feeTierId"));
        }

        return broken;
    }
}
