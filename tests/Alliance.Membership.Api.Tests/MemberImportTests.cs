using Alliance.Membership.Api.Apis.Sheets;
using Alliance.Membership.Domain;

namespace Alliance.Membership.Api.Tests;

/// <summary>Rows checked with the member and contract rules, and registration numbers kept unique.</summary>
public sealed class MemberImportTests
{
    private static readonly Dictionary<string, Guid> Tiers = new() { ["基本交流"] = Guid.NewGuid() };

    private static SheetRow Row(int number, string registration, params (string Key, object? Value)[] changes)
    {
        var cells = new Dictionary<string, object?>
        {
            [SheetColumns.Name] = "範例科技", [SheetColumns.Kind] = "taiwan-company", [SheetColumns.RegistrationNumber] = registration,
            [SheetColumns.County] = "台北市", [SheetColumns.ContractStart] = "108/02/01", [SheetColumns.ContractEnd] = new DateTime(2020, 1, 31),
            [SheetColumns.Tier] = "基本交流", [SheetColumns.Paid] = "是", [SheetColumns.Fee] = 30000.0,
        };
        foreach (var (key, value) in changes)
        {
            cells[key] = value;
        }

        return new SheetRow(number, cells);
    }

    [Fact]
    public void Check_GoodRow_GivesTheMemberAndItsContract()
    {
        var (members, problems, _) = MemberImport.Check([Row(2, "04595257")], new HashSet<string>(), Tiers, TestContext.Current.CancellationToken);

        Assert.Empty(problems);
        var member = Assert.Single(members);
        Assert.Equal(("臺北市", OrganisationKind.TaiwanCompany), (member.Member.County, member.Member.Kind));
        Assert.Equal((new DateOnly(2019, 2, 1), new DateOnly(2020, 1, 31), true, 30000m, Tiers["基本交流"]),
            (member.Contract!.Start!.Value, member.Contract.End!.Value, member.Contract.Paid, member.Contract.Fee, member.Contract.FeeTierId));
    }

    [Fact]
    public void Check_EmptyContractColumns_GivesAMemberWithoutContract()
    {
        var row = Row(2, "04595257", (SheetColumns.ContractStart, null), (SheetColumns.ContractEnd, ""), (SheetColumns.Tier, null),
            (SheetColumns.Paid, "否"), (SheetColumns.Fee, 0.0));

        var (members, problems, _) = MemberImport.Check([row], new HashSet<string>(), Tiers, TestContext.Current.CancellationToken);

        Assert.Empty(problems);
        Assert.Null(Assert.Single(members).Contract);
    }

    [Fact]
    public void Check_BadRows_ListsEachWithItsFieldsAndNoMembers()
    {
        var rows = new[]
        {
            Row(2, "04595257"),
            Row(3, "12345678", (SheetColumns.County, "火星市")),
            Row(4, "04595257"),
            Row(5, "22099131", (SheetColumns.Paid, "否")),
            Row(6, "", (SheetColumns.Kind, "spaceship"), (SheetColumns.ContractEnd, "107/01/01"), (SheetColumns.Tier, "沒有這級")),
            Row(7, "24536806"),
        };

        var (members, problems, _) = MemberImport.Check(rows, new HashSet<string> { "24536806" }, Tiers, TestContext.Current.CancellationToken);

        Assert.Empty(members);
        Assert.Equal(
            ["3: county registrationNumber", "4: registrationNumber", "5: fee", "6: contractEnd kind tier", "7: registrationNumber"],
            problems.Select(p => $"{p.Row}: {string.Join(" ", p.Errors.Keys.Order(StringComparer.Ordinal))}"));
    }

    [Fact]
    public void Check_ManyBadRows_ListsTheFirstHundredAndCountsThemAll()
    {
        var rows = Enumerable.Range(2, 1000).Select(number => Row(number, "12345678")).ToArray();

        var (members, problems, badRows) = MemberImport.Check(rows, new HashSet<string>(), Tiers, TestContext.Current.CancellationToken);

        Assert.Empty(members);
        Assert.Equal(1000, badRows);
        Assert.Equal(Enumerable.Range(2, MemberImport.MaxListedRows), problems.Select(p => p.Row));
    }

    [Fact]
    public void Check_CallerGone_Stops()
    {
        var rows = Enumerable.Range(2, 5000).Select(number => Row(number, "04595257")).ToArray();

        Assert.Throws<OperationCanceledException>(() => MemberImport.Check(rows, new HashSet<string>(), Tiers, new CancellationToken(canceled: true)));
    }
}
