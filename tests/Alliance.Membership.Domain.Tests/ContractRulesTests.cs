namespace Alliance.Membership.Domain.Tests;

public sealed partial class ContractRulesTests
{
    private static readonly DateOnly Start = new(2019, 2, 1);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_Contract_ListsEveryBrokenRuleInOrder(bool paid, decimal fee, int days, bool? tierIsTheAlliances, string expected)
    {
        var broken = ContractRules.Check(new ContractFacts(Start, Start.AddDays(days), paid, fee, tierIsTheAlliances));
        Assert.Equal(expected, Describe(broken));
    }

    [Theory]
    [MemberData(nameof(UnknownDateCases))]
    public void Check_DateNotKnown_OnlyThePeriodRuleSkipped(string? start, string? end, bool paid, decimal fee, string expected)
    {
        var broken = ContractRules.Check(new ContractFacts(Parse(start), Parse(end), paid, fee, null));
        Assert.Equal(expected, Describe(broken));
    }

    private static string Describe(IEnumerable<BrokenContractRule> broken) => string.Join("; ", broken.Select(b => $"{b.Rule}@{b.Field}"));

    private static DateOnly? Parse(string? date) => date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
}
