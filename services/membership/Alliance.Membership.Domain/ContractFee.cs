namespace Alliance.Membership.Domain;

/// <summary>What is wrong with a contract's fee, if anything (see <see cref="ContractFee.Check"/>).</summary>
public enum FeeProblem
{
    /// <summary>The fee fits the contract.</summary>
    None,

    /// <summary>The contract is paid (收費) but its fee, to the cent, is not above zero.</summary>
    PaidWithoutFee,

    /// <summary>The contract is free (免費) but carries a fee.</summary>
    FreeWithFee,
}

/// <summary>The fee rule of a membership contract (DOMAIN.md, "Members": paid or free, with the fee amount).</summary>
public static class ContractFee
{
    /// <summary>The fee as it is kept: to the cent, half away from zero, as the database's numeric(14,2) column rounds it.</summary>
    public static decimal Stored(decimal fee) => decimal.Round(fee, 2, MidpointRounding.AwayFromZero);

    /// <summary>
    /// A paid contract needs a fee above zero once kept to the cent (0.004 would be kept as 0, a paid
    /// contract for nothing); a free contract has no fee at all.
    /// </summary>
    public static FeeProblem Check(bool paid, decimal fee) => paid
        ? Stored(fee) > 0 ? FeeProblem.None : FeeProblem.PaidWithoutFee
        : fee == 0 ? FeeProblem.None : FeeProblem.FreeWithFee;
}
