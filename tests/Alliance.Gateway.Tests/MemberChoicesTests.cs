using Alliance.Gateway.Web.Activity;
using Alliance.Gateway.Web.Membership;

namespace Alliance.Gateway.Tests;

public sealed class MemberChoicesTests
{
    private static readonly MemberRow Firm = Member("臺北精密機械股份有限公司", "firm", (new(2019, 2, 1), new(2019, 6, 30)));
    private static readonly MemberRow Person = Member("王小明", "individual", (new(2019, 2, 1), new(2020, 1, 31)));
    private static readonly MemberRow NoContracts = Member("新竹半導體設備股份有限公司", "firm");
    private static readonly MemberRow[] Members = [Firm, Person, NoContracts];
    private static readonly (Guid, string)[] Removed = [(Guid.NewGuid(), "高雄鋼鐵股份有限公司")];

    public static TheoryData<DateOnly, string?> FirmOnDate => new()
    {
        { new(2019, 2, 1), null },
        { new(2019, 6, 30), null },
        { new(2019, 1, 31), MemberChoices.NoContractOnDate },
        { new(2019, 7, 1), MemberChoices.NoContractOnDate },
    };

    [Theory]
    [MemberData(nameof(FirmOnDate))]
    public void WhyNot_FirmOnDate_CountsWithinItsContractBothEndsIncluded(DateOnly date, string? expected) =>
        Assert.Equal(expected, MemberChoices.WhyNot(Firm, date));

    [Fact]
    public void WhyNot_IndividualWithContract_IsNotAFirm() => Assert.Equal(MemberChoices.NotAFirm, MemberChoices.WhyNot(Person, new(2019, 5, 1)));

    [Fact]
    public void Offered_OnADate_OnlyFirmsWithAContractInForce() =>
        Assert.Equal([Firm.Name], MemberChoices.Offered(Members, new(2019, 5, 1)).Select(m => m.Name));

    [Fact]
    public void Offered_NoDateChosen_OffersNone() => Assert.Empty(MemberChoices.Offered(Members, null));

    public static TheoryData<string, string, string> Typed => new()
    {
        { "臺北精密", "臺北精密機械股份有限公司", MemberChoices.NoContractOnDate },
        { "王小明", "王小明", MemberChoices.NotAFirm },
        { "新竹  半導體", "新竹半導體設備股份有限公司", MemberChoices.NoContractOnDate },
        { "高雄鋼鐵", "高雄鋼鐵股份有限公司", MemberChoices.Removed },
        { " 臺中機械 ", "臺中機械", MemberChoices.NotAMember },
    };

    [Theory]
    [MemberData(nameof(Typed))]
    public void WhyMissing_TypedName_SaysWhyItIsNotOffered(string typed, string name, string reason) =>
        Assert.Equal([new MemberChoices.Missing(name, reason)], MemberChoices.WhyMissing(Members, Removed, new(2019, 9, 10), typed));

    [Fact]
    public void WhyMissing_TypedNameOfAnOfferedMember_SaysNothing() =>
        Assert.Empty(MemberChoices.WhyMissing(Members, Removed, new(2019, 5, 1), "臺北"));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public void WhyMissing_NothingTyped_SaysNothing(string? typed) => Assert.Empty(MemberChoices.WhyMissing(Members, Removed, new(2019, 9, 10), typed));

    [Fact]
    public void WhyMissing_NoDateChosen_SaysNothing() => Assert.Empty(MemberChoices.WhyMissing(Members, Removed, null, "臺北"));

    [Fact]
    public void WhyMissing_RemovedIdStillListed_IsNotCalledRemoved() =>
        Assert.DoesNotContain(MemberChoices.WhyMissing(Members, [(Firm.Id, Firm.Name)], new(2019, 9, 10), "臺北"), m => m.Reason == MemberChoices.Removed);

    private static MemberRow Member(string name, string memberKind, params (DateOnly Start, DateOnly End)[] contracts) => new(
        Guid.NewGuid(), Guid.NewGuid(), name, memberKind == "firm" ? "taiwan-company" : "natural-person", memberKind, null, "臺北市", null, "north", null,
        contracts.Select(c => new ContractRow(Guid.NewGuid(), c.Start, c.End, null, true, 0m, "manual", 1, true)).ToArray(), 1, true);
}
