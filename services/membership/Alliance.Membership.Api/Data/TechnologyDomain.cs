using Alliance.Messaging.Writes;

namespace Alliance.Membership.Api.Data;

/// <summary>A domain (領域) of the programme. The list is data the centre edits, seeded with eight.</summary>
public sealed class TechnologyDomain : IVersioned
{
    public required string Code { get; init; }
    public required string NameZh { get; set; }
    public required string NameEn { get; set; }
    public int SortOrder { get; set; }
    public long Version { get; set; }

    public static readonly TechnologyDomain[] Seed =
    [
        new() { Code = "biomedical", NameZh = "生醫", NameEn = "Biomedical", SortOrder = 1, Version = Versions.First },
        new() { Code = "ict", NameZh = "資通", NameEn = "Information & communication", SortOrder = 2, Version = Versions.First },
        new() { Code = "services-education", NameZh = "創新服務與教育", NameEn = "Innovative services & education", SortOrder = 3, Version = Versions.First },
        new() { Code = "mechanical-materials", NameZh = "機電材料", NameEn = "Mechanical, electrical & materials", SortOrder = 4, Version = Versions.First },
        new() { Code = "electronics", NameZh = "電子", NameEn = "Electronics", SortOrder = 5, Version = Versions.First },
        new() { Code = "civil-energy-environment", NameZh = "土木能環", NameEn = "Civil, energy & environment", SortOrder = 6, Version = Versions.First },
        new() { Code = "consumer-chemical", NameZh = "民生化工", NameEn = "Consumer & chemical", SortOrder = 7, Version = Versions.First },
        new() { Code = "management-information", NameZh = "經管資服", NameEn = "Management & information services", SortOrder = 8, Version = Versions.First },
    ];
}
