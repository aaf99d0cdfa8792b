namespace Alliance.Reporting.Domain.Programme;

/// <summary>Self-sufficiency (自給自足): operating revenue above the subsidy (DOMAIN.md, "Operating revenue").</summary>
public static class SelfSufficiency
{
    /// <summary>True only when <paramref name="operatingRevenue"/> is strictly above <paramref name="subsidy"/>: equal is not self-sufficient.</summary>
    public static bool Holds(decimal operatingRevenue, decimal subsidy) => operatingRevenue > subsidy;
}
