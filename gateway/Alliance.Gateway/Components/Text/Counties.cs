namespace Alliance.Gateway.Components.Text;

/// <summary>The 22 counties and cities of Taiwan as the membership API spells them (臺, not 台), with English names.</summary>
public static class Counties
{
    public static readonly IReadOnlyList<Phrase> All =
    [
        new("臺北市", "Taipei City"), new("新北市", "New Taipei City"), new("基隆市", "Keelung City"), new("桃園市", "Taoyuan City"),
        new("新竹市", "Hsinchu City"), new("新竹縣", "Hsinchu County"), new("宜蘭縣", "Yilan County"),
        new("苗栗縣", "Miaoli County"), new("臺中市", "Taichung City"), new("彰化縣", "Changhua County"),
        new("南投縣", "Nantou County"), new("雲林縣", "Yunlin County"),
        new("嘉義市", "Chiayi City"), new("嘉義縣", "Chiayi County"), new("臺南市", "Tainan City"), new("高雄市", "Kaohsiung City"),
        new("屏東縣", "Pingtung County"), new("澎湖縣", "Penghu County"),
        new("花蓮縣", "Hualien County"), new("臺東縣", "Taitung County"),
        new("金門縣", "Kinmen County"), new("連江縣", "Lienchiang County"),
    ];

    /// <summary>The county's name in the UI language; an unknown name is shown as stored.</summary>
    public static string Display(string? county) =>
        county is null ? "" : All.FirstOrDefault(c => c.Zh == county)?.ToString() ?? county;
}
