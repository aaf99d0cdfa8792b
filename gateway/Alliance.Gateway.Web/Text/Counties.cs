namespace Alliance.Gateway.Web.Text;

/// <summary>The counties and cities of Taiwan in the programme's spelling (臺, not 台), with their English names.</summary>
public static class Counties
{
    private static readonly Dictionary<string, string> English = new(StringComparer.Ordinal)
    {
        ["臺北市"] = "Taipei City", ["新北市"] = "New Taipei City", ["基隆市"] = "Keelung City", ["桃園市"] = "Taoyuan City",
        ["新竹市"] = "Hsinchu City", ["新竹縣"] = "Hsinchu County", ["宜蘭縣"] = "Yilan County",
        ["苗栗縣"] = "Miaoli County", ["臺中市"] = "Taichung City", ["彰化縣"] = "Changhua County",
        ["南投縣"] = "Nantou County", ["雲林縣"] = "Yunlin County",
        ["嘉義市"] = "Chiayi City", ["嘉義縣"] = "Chiayi County", ["臺南市"] = "Tainan City", ["高雄市"] = "Kaohsiung City",
        ["屏東縣"] = "Pingtung County", ["澎湖縣"] = "Penghu County",
        ["花蓮縣"] = "Hualien County", ["臺東縣"] = "Taitung County",
        ["金門縣"] = "Kinmen County", ["連江縣"] = "Lienchiang County",
    };

    /// <summary>Every county the programme knows, in its order (north to south, then east and the islands).</summary>
    public static readonly IReadOnlyList<Phrase> All =
        Alliance.Programme.Counties.All.Select(name => new Phrase(name, English.GetValueOrDefault(name, name))).ToArray();

    /// <summary>The county's name in the UI language; an unknown name is shown as stored.</summary>
    public static string Display(string? county) =>
        county is null ? "" : All.FirstOrDefault(c => c.Zh == county)?.ToString() ?? county;
}
