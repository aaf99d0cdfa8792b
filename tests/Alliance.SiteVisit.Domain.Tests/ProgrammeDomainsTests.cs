namespace Alliance.SiteVisit.Domain.Tests;

public sealed class ProgrammeDomainsTests
{
    public static TheoryData<string, string> OrderCases => new()
    {
        { "", "" },
        { "electronics,ict,biomedical", "biomedical,ict,electronics" },
        { "management-information,consumer-chemical,civil-energy-environment,electronics,mechanical-materials,services-education,ict,biomedical",
            "biomedical,ict,services-education,mechanical-materials,electronics,civil-energy-environment,consumer-chemical,management-information" },
        // Codes the centre added later follow the seeded ones, by code.
        { "z-new,ict,a-new", "ict,a-new,z-new" },
        { "d-9,d-1", "d-1,d-9" },
        // Each once.
        { "ict,ict,biomedical,ict", "biomedical,ict" },
    };

    [Theory]
    [MemberData(nameof(OrderCases))]
    public void Order_SeededOrderFirst_OthersAfterByCode(string codes, string expected) =>
        Assert.Equal(expected, string.Join(',', ProgrammeDomains.Order(codes.Split(',', StringSplitOptions.RemoveEmptyEntries))));

    [Fact]
    public void Order_BlankCodes_LeftOut() => Assert.Equal(["ict"], ProgrammeDomains.Order(["", " ", "ict"]));
}
