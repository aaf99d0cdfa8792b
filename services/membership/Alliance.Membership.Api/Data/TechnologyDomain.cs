namespace Alliance.Membership.Api.Data;

/// <summary>A domain (領域) of the programme. The list is data the centre edits, seeded with eight.</summary>
public sealed class TechnologyDomain
{
    public required string Code { get; init; }
    public required string NameZh { get; set; }
    public required string NameEn { get; set; }
    public int SortOrder { get; set; }
    public uint Version { get; private set; }

    public static readonly TechnologyDomain[] Seed =
    [
        new() { Code = "biomedical", NameZh = "生醫", NameEn = "Biomedical", SortOrder = 1 },
        new() { Code = "ict", NameZh = "資通", NameEn = "Information & communication", SortOrder = 2 },
        new() { Code = "services-education", NameZh = "創新服務與教育", NameEn = "Innovative services & education", SortOrder = 3 },
        new() { Code = "mechanical-materials", NameZh = "機電材料", NameEn = "Mechanical, electrical & materials", SortOrder = 4 },
        new() { Code = "electronics", NameZh = "電子", NameEn = "Electronics", SortOrder = 5 },
        new() { Code = "civil-energy-environment", NameZh = "土木能環", NameEn = "Civil, energy & environment", SortOrder = 6 },
        new() { Code = "consumer-chemical", NameZh = "民生化工", NameEn = "Consumer & chemical", SortOrder = 7 },
        new() { Code = "management-information", NameZh = "經管資服", NameEn = "Management & information services", SortOrder = 8 },
    ];
}
