namespace Alliance.Programme;

/// <summary>
/// The 22 counties and cities (縣市) of Taiwan, spelled canonically with 臺 (臺北市, not 台北市),
/// each with its <see cref="Region"/>.
/// </summary>
public static class Counties
{
    private static readonly (string Name, Region Region)[] Table =
    [
        ("臺北市", Region.North), ("新北市", Region.North), ("基隆市", Region.North), ("桃園市", Region.North),
        ("新竹市", Region.North), ("新竹縣", Region.North), ("宜蘭縣", Region.North),
        ("苗栗縣", Region.Central), ("臺中市", Region.Central), ("彰化縣", Region.Central),
        ("南投縣", Region.Central), ("雲林縣", Region.Central),
        ("嘉義市", Region.South), ("嘉義縣", Region.South), ("臺南市", Region.South), ("高雄市", Region.South),
        ("屏東縣", Region.South), ("澎湖縣", Region.South),
        ("花蓮縣", Region.East), ("臺東縣", Region.East),
        ("金門縣", Region.IslandsAndOverseas), ("連江縣", Region.IslandsAndOverseas),
    ];

    private static readonly Dictionary<string, Region> RegionByName =
        Table.ToDictionary(row => row.Name, row => row.Region, StringComparer.Ordinal);

    /// <summary>The 22 canonical names, north to south then east and the islands.</summary>
    public static IReadOnlyList<string> All { get; } = Array.AsReadOnly(Table.Select(row => row.Name).ToArray());

    /// <summary>
    /// The canonical name of a county or city: surrounding whitespace is trimmed and 台 becomes 臺
    /// (台北市 → 臺北市). Returns null for null, blank or unknown names; no other aliases
    /// (such as the pre-2010 臺北縣) are recognised.
    /// </summary>
    public static string? Normalise(string? name)
    {
        var candidate = name?.Trim().Replace('台', '臺');
        return candidate is not null && RegionByName.ContainsKey(candidate) ? candidate : null;
    }

    internal static Region RegionOf(string canonicalName) => RegionByName[canonicalName];
}
