namespace Alliance.Programme.Tests;

public sealed class OrganisationKindsTests
{
    public static TheoryData<OrganisationKind, string> Names => new()
    {
        { OrganisationKind.TaiwanCompany, "taiwan-company" },
        { OrganisationKind.NonResearchJuridicalPerson, "non-research-juridical-person" },
        { OrganisationKind.Association, "association" },
        { OrganisationKind.ForeignCompany, "foreign-company" },
        { OrganisationKind.MainlandChinaCompany, "mainland-china-company" },
        { OrganisationKind.ResearchJuridicalPerson, "research-juridical-person" },
        { OrganisationKind.OtherOrganisation, "other-organisation" },
        { OrganisationKind.NaturalPerson, "natural-person" },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void ApiName_Kind_IsKebabCase(OrganisationKind kind, string expected) =>
        Assert.Equal(expected, OrganisationKinds.ApiName(kind));

    [Theory]
    [MemberData(nameof(Names))]
    public void TryParse_ApiName_ReturnsKind(OrganisationKind expected, string name)
    {
        Assert.True(OrganisationKinds.TryParse(name, out var kind));
        Assert.Equal(expected, kind);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Taiwan-Company")]
    [InlineData("TaiwanCompany")]
    [InlineData("firm")]
    public void TryParse_UnknownName_ReturnsFalse(string? name) => Assert.False(OrganisationKinds.TryParse(name, out _));
}
