namespace Alliance.Programme.Tests;

public sealed class MemberClassificationTests
{
    public static TheoryData<OrganisationKind, MemberKind> Table => new()
    {
        { OrganisationKind.TaiwanCompany, MemberKind.Firm },
        { OrganisationKind.NonResearchJuridicalPerson, MemberKind.Firm },
        { OrganisationKind.Association, MemberKind.Firm },
        { OrganisationKind.ForeignCompany, MemberKind.Firm },
        { OrganisationKind.MainlandChinaCompany, MemberKind.Other },
        { OrganisationKind.ResearchJuridicalPerson, MemberKind.Other },
        { OrganisationKind.OtherOrganisation, MemberKind.Other },
        { OrganisationKind.NaturalPerson, MemberKind.Individual },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void KindOf_OrganisationKind_FollowsDomainTable(OrganisationKind kind, MemberKind expected) =>
        Assert.Equal(expected, MemberClassification.KindOf(kind));

    [Fact]
    public void KindOf_EveryDefinedKind_IsInTheTable() =>
        Assert.Equal(OrganisationKinds.All.Count, Table.Count);

    [Fact]
    public void KindOf_UndefinedValue_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MemberClassification.KindOf((OrganisationKind)99));
}
