using System.Globalization;
using System.Text.Json;
using Alliance.Gateway.Web.Reporting;

namespace Alliance.Gateway.Tests;

/// <summary>The summary table's figures and the records behind them, as the reporting pages write them (in Chinese).</summary>
public sealed class ReportingDisplayTests
{
    private static readonly Guid Alliance = Guid.Parse("11111111-2222-3333-4444-555555555555");
    private static readonly Guid Record = Guid.Parse("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");

    public static TheoryData<string, string, string, string?> Figures => new()
    {
        { "firm-members", """{"total":6,"paid":5,"free":1,"north":2,"central":1,"south":3,"east":0,"islandsAndOverseas":0}""", "6",
            "(1)總會員數: 6家 (2)收費會員: 5家 (3)免費會員: 1家 (4)北部: 2家 (5)中部: 1家 (6)南部: 3家 (7)東部: 0家 (8)離島及海外: 0家" },
        { "recurring-operating-revenue", """{"amount":1100000,"fees":400000,"services":650000,"other":50000}""", "1,100", "會員費 400、技術服務 650、其它 50" },
        { "industry-academia-cooperation", """{"amount":2000000,"counted":600000}""", "2,000", "計入 30%：600" },
        { "patents", """{"total":2,"applied":1,"granted":1}""", "2", "申請 1 件、獲證 1 件" },
        { "technology-transfer", "1234500", "1,235", null },
        { "operating-revenue", "2900000.00", "2,900", null },
        { "derived-output-value", "250000.5", "250", null },
        { "self-sufficiency-ratio", "0.58", "58.00%", null },
        { "self-sufficiency-ratio", "null", "—", null },
        { "new-hires", "3", "3", null },
        { "technical-service-cases", "1200", "1,200", null },
    };

    [Theory]
    [MemberData(nameof(Figures))]
    public void Of_RowFigure_IsWrittenAsTheTableShowsIt(string kpi, string json, string main, string? detail) =>
        InChinese(() => Assert.Equal(new SummaryFigure(main, detail), SummaryFigures.Of(kpi, JsonDocument.Parse(json).RootElement.Clone())));

    [Fact]
    public void Of_NoFigure_IsADash() => Assert.Equal(new SummaryFigure("—", null), SummaryFigures.Of("patents", null));

    [Theory]
    [InlineData("/api/membership/alliances/{0}/members/{1}", "/alliances/{0}/members/{1}")]
    [InlineData("/api/revenue/alliances/{0}/incomes/{1}", "/alliances/{0}/incomes/{1}")]
    [InlineData("/api/activity/alliances/{0}/events/{1}", "/alliances/{0}/activity/events/{1}")]
    [InlineData("/api/activity/alliances/{0}/outcomes/{1}", "/alliances/{0}/activity/outcomes/{1}")]
    [InlineData("/api/activity/alliances/{0}/guidance/{1}", "/alliances/{0}/activity/guidance/{1}")]
    [InlineData("/api/activity/alliances/{0}/webinars/{1}", null)]
    [InlineData("/api/revenue/alliances/{0}/subsidies/108", null)]
    [InlineData("https://example.org/{1}", null)]
    public void PageOf_RecordPath_IsItsPageInTheUi(string path, string? page) =>
        Assert.Equal(page is null ? null : string.Format(CultureInfo.InvariantCulture, page, Alliance, Record),
            RecordLines.PageOf(string.Format(CultureInfo.InvariantCulture, path, Alliance, Record)));

    [Fact]
    public void Of_Members_SayWhetherEachCountsAndWhyNotInWords() => InChinese(() =>
    {
        var lines = RecordLines.Of(Parse($$"""
            [{"id":"{{Record}}","name":"南部精密","memberKind":"firm","region":"south","counts":true,"isCounted":true,"paid":true,"reasons":[],"path":"/api/membership/alliances/{{Alliance}}/members/{{Record}}"},
             {"id":"{{Alliance}}","name":"北部材料","memberKind":"firm","region":"north","counts":false,"isCounted":false,"paid":false,"reasons":["contract-ends-before-cutoff"],"path":"/api/membership/alliances/{{Alliance}}/members/{{Alliance}}"}]
            """), code => code ?? "");

        Assert.Equal(
            [(true, "南部 · 收費", "", $"/alliances/{Alliance}/members/{Record}"), (false, "北部 · 免費", "合約於基準日（10/31）前到期", $"/alliances/{Alliance}/members/{Alliance}")],
            lines.Select(l => (l.Counts!.Value, l.Figure!, string.Join(",", l.Why), l.Link!)));
        Assert.All(lines, l => Assert.Equal("廠商會員", l.What));
    });

    [Fact]
    public void Of_IncomesAndActivities_NameTheirCategoryOrKindWithTheirDateAndFigure() => InChinese(() =>
    {
        var lines = RecordLines.Of(Parse($$"""
            [{"id":"{{Record}}","category":"technology-transfer","counterpartyMemberId":null,"counterpartyName":"南部精密","date":"2019-01-15","amount":1200000,"path":"/api/revenue/alliances/{{Alliance}}/incomes/{{Record}}"},
             {"id":"{{Record}}","type":"outcome","kind":"derived-output-value","date":"2019-09-01","memberId":null,"figure":250000.5,"path":"/api/activity/alliances/{{Alliance}}/outcomes/{{Record}}"},
             {"id":"{{Record}}","type":"outcome","kind":"new-hire","date":"2019-05-01","memberId":null,"figure":3,"path":"/api/activity/alliances/{{Alliance}}/outcomes/{{Record}}"}]
            """), code => $"類別 {code}");

        Assert.Equal(
            [("類別 technology-transfer", "南部精密", new DateOnly(2019, 1, 15), "1,200", (bool?)null),
             ("衍生產值", "", new DateOnly(2019, 9, 1), "250 仟元", null), ("新聘人員", "", new DateOnly(2019, 5, 1), "3", null)],
            lines.Select(l => (l.What, l.Name, l.Date!.Value, l.Figure!, l.Counts)));
    });

    private static JsonElement[] Parse(string json) => JsonDocument.Parse(json).RootElement.EnumerateArray().Select(e => e.Clone()).ToArray();

    private static void InChinese(Action check)
    {
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-TW");
        try
        {
            check();
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }
}
