namespace Alliance.Programme.Tests;

public sealed partial class RegionsTests
{
    public static TheoryData<string, Region> CountyRegions => new()
    {
        { "臺北市", Region.North },
        { "新北市", Region.North },
        { "基隆市", Region.North },
        { "桃園市", Region.North },
        { "新竹市", Region.North },
        { "新竹縣", Region.North },
        { "宜蘭縣", Region.North },
        { "苗栗縣", Region.Central },
        { "臺中市", Region.Central },
        { "彰化縣", Region.Central },
        { "南投縣", Region.Central },
        { "雲林縣", Region.Central },
        { "嘉義市", Region.South },
        { "嘉義縣", Region.South },
        { "臺南市", Region.South },
        { "高雄市", Region.South },
        { "屏東縣", Region.South },
        { "澎湖縣", Region.South },
        { "花蓮縣", Region.East },
        { "臺東縣", Region.East },
        { "金門縣", Region.IslandsAndOverseas },
        { "連江縣", Region.IslandsAndOverseas },
    };

    public static TheoryData<string, Region> TaiSpellings => new()
    {
        { "台北市", Region.North },
        { "台中市", Region.Central },
        { "台南市", Region.South },
        { "台東縣", Region.East },
    };
}
