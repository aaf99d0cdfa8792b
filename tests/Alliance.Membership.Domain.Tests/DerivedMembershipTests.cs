using static Alliance.Membership.Domain.ContractSource;

namespace Alliance.Membership.Domain.Tests;

public sealed class DerivedMembershipTests
{
    // Each member's terms by source, and the refusal to remove it as "<rule>@<field>#<code>", or "" when it may be removed.
    public static TheoryData<ContractSource[], string> RemovalCases => new()
    {
        { [], "" },
        { [Contract], "" },
        { [Contract, Contract], "" },
        { [CooperationProject], "MemberCannotBeRemoved@memberId#derived-from-cooperation-project" },
        { [Contract, CooperationProject], "MemberCannotBeRemoved@memberId#derived-from-cooperation-project" },
        { [CooperationProject, CooperationProject], "MemberCannotBeRemoved@memberId#derived-from-cooperation-project" },
    };

    public static TheoryData<ContractSource, string> EditCases => new()
    {
        { Contract, "" },
        { CooperationProject, "ContractCannotBeEdited@contractId#" },
    };

    [Theory]
    [MemberData(nameof(RemovalCases))]
    public void RefusalToRemove_AnyTermFromACooperationProject_Refuses(ContractSource[] sources, string expected)
    {
        Assert.Equal(expected, Describe(DerivedMembership.RefusalToRemove(sources)));
        Assert.Equal(expected != "", DerivedMembership.IsDerived(sources));
    }

    [Theory]
    [MemberData(nameof(EditCases))]
    public void RefusalToEdit_TermFromACooperationProject_Refuses(ContractSource source, string expected) =>
        Assert.Equal(expected, Describe(DerivedMembership.RefusalToEdit(source)));

    private static string Describe(DerivedMembershipRefusal? refusal) => refusal is null ? "" : $"{refusal.Rule}@{refusal.Field}#{refusal.Code}";
}
