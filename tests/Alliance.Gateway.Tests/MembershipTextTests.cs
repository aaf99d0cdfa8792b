using System.Globalization;
using System.Text.Json;
using Alliance.Gateway.Web.Membership;
using Alliance.Gateway.Web.Text;

namespace Alliance.Gateway.Tests;

public sealed class MembershipTextTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-TW");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Theory]
    [InlineData("not-a-firm", "單位類型屬個人或其它會員，非廠商會員", "its kind makes it an individual or other member, not a firm")]
    [InlineData("no-contract", "沒有會員合約", "it has no membership contract")]
    [InlineData("contract-ends-before-cutoff", "合約於基準日（10/31）前到期", "contract ends before the cutoff (31 Oct)")]
    [InlineData("contract-starts-after-cutoff", "合約於基準日（10/31）後才開始", "contract starts after the cutoff (31 Oct)")]
    public void Reason_EachApiCode_ReadsAsWords(string code, string zh, string en)
    {
        Assert.Equal(zh, UiText.Reason(code).In(Chinese));
        Assert.Equal(en, UiText.Reason(code).In(English));
    }

    [Fact]
    public void OrganisationKinds_AllEight_HaveChineseNames()
    {
        Assert.Equal(8, UiText.OrganisationKinds.Length);
        Assert.All(UiText.OrganisationKinds, kind => Assert.NotEqual(kind, UiText.OrganisationKind(kind).Zh));
    }

    [Fact]
    public void Counties_All_AreThe22WithTheCanonicalSpelling()
    {
        Assert.Equal(22, Counties.All.Count);
        Assert.Equal(22, Counties.All.Select(c => c.Zh).Distinct().Count());
        Assert.DoesNotContain(Counties.All, c => c.Zh.Contains('台'));
    }

    [Fact]
    public void Counties_All_AreTheProgrammesInItsOrder_EachWithAnEnglishName()
    {
        Assert.Equal(Alliance.Programme.Counties.All, Counties.All.Select(c => c.Zh));
        Assert.All(Counties.All, c => Assert.Matches("^[A-Z][a-z]+( [A-Z][a-z]+)* (City|County)$", c.En));
    }

    [Theory]
    [InlineData("islands-and-overseas", "離島及海外")]
    [InlineData("north", "北部")]
    [InlineData(null, "—")]
    public void Region_Code_UsesTheGlossary(string? code, string expected) => Assert.Equal(expected, UiText.Region(code).Zh);

    [Fact]
    public void ChangeDetails_Change_ListsOnlyTheFieldsThatDiffer()
    {
        var before = JsonDocument.Parse("""{"id":"x","name":"舊名","phase":1,"version":3}""").RootElement;
        var after = JsonDocument.Parse("""{"id":"x","name":"新名","phase":1,"version":4}""").RootElement;

        var change = Assert.Single(ChangeDetails.Of(before, after));

        Assert.Equal(new ChangeDetails.FieldChange("name", "舊名", "新名"), change);
    }

    [Fact]
    public void ChangeDetails_Creation_ListsEveryFieldButBookkeeping()
    {
        var after = JsonDocument.Parse("""{"id":"x","name":"聯盟","paid":true,"fee":1200.50,"end":null,"version":1}""").RootElement;

        var changes = ChangeDetails.Of(null, after);

        Assert.Equal(["name", "paid", "fee", "end"], changes.Select(c => c.Field));
        Assert.Equal(["聯盟", "true", "1200.50", null], changes.Select(c => c.After));
    }
}

public sealed class FieldValueTests
{
    [Theory]
    [InlineData("region", "north", "北部")]
    [InlineData("organisationKind", "taiwan-company", "依商業登記法登記之營利事業")]
    [InlineData("paid", "true", "收費")]
    [InlineData("fee", "1234567", "1,235 仟元")]
    [InlineData("end", "2019-10-30", "108/10/30")]
    [InlineData("name", null, "—")]
    public void FieldValue_InChinese_ReadsAsWords(string field, string? value, string expected)
    {
        var previous = (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture);
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("zh-TW");
        try
        {
            Assert.Equal(expected, Alliance.Gateway.Web.Text.UiText.FieldValue(field, value));
        }
        finally
        {
            (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture) = previous;
        }
    }
}
