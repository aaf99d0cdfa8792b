using System.Text.Json;
using Alliance.Gateway.Web.Activity;
using Alliance.Gateway.Web.Membership;
using Alliance.Gateway.Web.Text;

namespace Alliance.Gateway.Tests;

public sealed class ActivityHistoryTests
{
    [Fact]
    public void Named_MemberIdAndName_ShowsTheNameAsRecordedOnce()
    {
        var member = new MemberRow(Guid.NewGuid(), Guid.NewGuid(), "臺北精密機械股份有限公司", "taiwan-company", "firm", null, null, null, null, null, [], 1, true);
        var after = JsonSerializer.SerializeToElement(new { memberId = member.Id, memberName = "臺北精密（登錄時名稱）", topic = "製程" });

        var entry = Assert.Single(ActivityHistory.Named([new ChangeRow(DateTimeOffset.UnixEpoch, "pi", "recorded", null, after)], [member]));

        var changes = ChangeDetails.Of(entry.Before, entry.After);
        Assert.Equal([("memberId", "臺北精密（登錄時名稱）"), ("topic", "製程")], changes.Select(c => (c.Field, c.After)).OrderBy(c => c.Field));
    }

    [Fact]
    public void Named_MemberNotStated_TakesMembershipsName()
    {
        var member = new MemberRow(Guid.NewGuid(), Guid.NewGuid(), "臺北精密機械股份有限公司", "taiwan-company", "firm", null, null, null, null, null, [], 1, true);
        var after = JsonSerializer.SerializeToElement(new { memberId = member.Id });

        var entry = Assert.Single(ActivityHistory.Named([new ChangeRow(DateTimeOffset.UnixEpoch, "pi", "recorded", null, after)], [member]));

        Assert.Equal(member.Name, entry.After!.Value.GetProperty("memberId").GetString());
    }

    [Theory]
    [InlineData("kind", "seminar", "技術研討會")]
    [InlineData("kind", "patent-grant", "專利獲證")]
    [InlineData("role", "co-hosted", "協辦")]
    [InlineData("owner", "university", "學校（不計入）")]
    [InlineData("status", "flagged", "待查核")]
    [InlineData("hours", "2.50", "2.5")]
    public void FieldValue_ActivityCodes_InWords(string field, string value, string expected)
    {
        var culture = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("zh-TW");
        try
        {
            Assert.Equal(expected, UiText.FieldValue(field, value));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = culture;
        }
    }

    [Theory]
    [InlineData("firmAttendees", "其中來自廠商人數")]
    [InlineData("memberId", "服務會員")]
    [InlineData("patentNumber", "專利號碼或申請號")]
    [InlineData("unknownField", "unknownField")]
    public void FieldName_ActivityFields_Labelled(string field, string expected)
    {
        var culture = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("zh-TW");
        try
        {
            Assert.Equal(expected, UiText.FieldName(field));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = culture;
        }
    }
}
