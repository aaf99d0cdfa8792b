namespace Alliance.Membership.Domain.Tests;

// Each row: paid, fee, days from start to end, whether the tier is the alliance's (null: none named),
// and every broken rule as "<rule>@<field>", in order; "" when none.
public sealed partial class ContractRulesTests
{
    public static TheoryData<bool, decimal, int, bool?, string> Cases => new()
    {
        { true, 30000m, 365, true, "" },
        { true, 30000m, 365, null, "" },
        { false, 0m, 365, true, "" },
        { false, 0m, 0, null, "" },
        { true, 0.01m, 365, null, "" },
        { true, 0.005m, 365, null, "" },
        { true, 0.004m, 365, true, "PaidWithoutFee@fee" },
        { true, 0m, 365, true, "PaidWithoutFee@fee" },
        { false, 0.004m, 365, true, "FreeWithFee@fee" },
        { false, 1000m, 365, null, "FreeWithFee@fee" },
        { true, 30000m, -1, true, "EndsBeforeStart@end" },
        { false, 0m, -1, null, "EndsBeforeStart@end" },
        { true, 30000m, 365, false, "FeeTierNotTheAlliances@feeTierId" },
        { true, 0.001m, -1, false, "EndsBeforeStart@end; PaidWithoutFee@fee; FeeTierNotTheAlliances@feeTierId" },
        { false, 5m, -365, false, "EndsBeforeStart@end; FreeWithFee@fee; FeeTierNotTheAlliances@feeTierId" },
    };

    // A sheet cell that could not be read leaves its date unknown: the period is not judged, the fee still is.
    public static TheoryData<string?, string?, bool, decimal, string> UnknownDateCases => new()
    {
        { null, "2019-01-31", true, 1m, "" },
        { "2019-02-01", null, true, 0m, "PaidWithoutFee@fee" },
        { null, null, false, 3m, "FreeWithFee@fee" },
        { "2019-02-01", "2019-01-31", true, 1m, "EndsBeforeStart@end" },
    };
}
