using Alliance.Membership.Api.Apis;
using Alliance.ServiceDefaults.Problems;

namespace Alliance.Membership.Api.Tests;

/// <summary>The contract rules the endpoints and the import share: each broken rule with its code and field.</summary>
public sealed class ContractProblemsTests
{
    private static readonly DateOnly Start = new(2019, 2, 1);

    public static TheoryData<bool, decimal, int, bool, string> Cases => new()
    {
        { true, 30000m, 365, true, "" },
        { false, 0m, 365, true, "" },
        { true, 0.004m, 365, true, "RuleViolated fee" },
        { true, 0m, 365, true, "RuleViolated fee" },
        { false, 0.004m, 365, true, "RuleViolated fee" },
        { true, 30000m, -1, true, "Invalid end" },
        { true, 30000m, 365, false, "RuleViolated feeTierId" },
        { true, 0.001m, -1, false, "Invalid end; RuleViolated fee; RuleViolated feeTierId" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_Contract_ListsEveryBrokenRule(bool paid, decimal fee, int days, bool tierIsTheAlliances, string expected)
    {
        var request = new ContractRequest { Start = Start, End = Start.AddDays(days), Paid = paid, Fee = fee, FeeTierId = Guid.NewGuid() };

        var errors = ContractProblems.Check(request, tierIsTheAlliances);

        Assert.Equal(expected, string.Join("; ", errors.Select(e => $"{e.Code} {e.Field}")));
    }

    [Fact]
    public void Check_PaidFeeBelowACent_SaysSoInEnglish() =>
        Assert.Equal("A paid contract needs a fee of at least 0.01.",
            ContractProblems.Check(new ContractRequest { Start = Start, End = Start, Paid = true, Fee = 0.004m }, true).Single().Message.For(new("en")));
}
