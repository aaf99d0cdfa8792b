using System.Globalization;
using Alliance.Gateway.Web.Text;

namespace Alliance.Gateway.Tests;

public sealed class DisplayDatesTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-TW");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static TheoryData<string, string, string> Dates => new()
    {
        { "2019-10-31", "zh-TW", "108/10/31" },
        { "2019-10-31", "en", "2019-10-31" },
        { "2019-02-01", "zh-TW", "108/02/01" },
        { "2020-01-31", "zh-TW", "109/01/31" },
        { "1912-01-01", "zh-TW", "1/01/01" },
        { "2000-12-31", "zh-TW", "89/12/31" },
        { "2011-01-01", "zh-TW", "100/01/01" },
        { "1911-12-31", "zh-TW", "1911-12-31" },
        { "2024-02-29", "en", "2024-02-29" },
        { "2024-02-29", "zh", "113/02/29" },
        { "2024-02-29", "en-US", "2024-02-29" },
    };

    public static TheoryData<string, string, string> Instants => new()
    {
        { "2019-10-31T00:00:00+00:00", "zh-TW", "108/10/31 08:00:00" },
        { "2019-10-31T16:30:05+00:00", "zh-TW", "108/11/01 00:30:05" },
        { "2019-10-31T16:30:05+00:00", "en", "2019-11-01 00:30:05" },
        { "2019-10-31T23:59:59+08:00", "en", "2019-10-31 23:59:59" },
        { "2020-01-31T20:00:00-05:00", "zh-TW", "109/02/01 09:00:00" },
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public void Format_Date_IsRocInChineseAndIsoInEnglish(string date, string culture, string expected) =>
        Assert.Equal(expected, DisplayDates.Format(DateOnly.Parse(date, CultureInfo.InvariantCulture), CultureInfo.GetCultureInfo(culture)));

    [Theory]
    [MemberData(nameof(Instants))]
    public void Format_Instant_IsShownInTaipeiTime(string instant, string culture, string expected) =>
        Assert.Equal(expected, DisplayDates.Format(DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture), CultureInfo.GetCultureInfo(culture)));

    [Fact]
    public void Format_NoInstant_IsEmpty()
    {
        Assert.Equal("", DisplayDates.Format((DateTimeOffset?)null, Chinese));
        Assert.Equal("", DisplayDates.Format((DateTimeOffset?)null, English));
    }
}
