using System.Globalization;
using System.Reflection;
using Alliance.Gateway.Auth;
using Alliance.Gateway.Components;
using Alliance.Gateway.Web.Text;
using Alliance.Gateway.Identity;

namespace Alliance.Gateway.Tests;

public sealed class UiTextTests
{
    public static TheoryData<string> PhraseNames => new(typeof(UiText).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(Phrase)).Select(f => f.Name));

    [Theory]
    [MemberData(nameof(PhraseNames))]
    public void Phrase_EveryText_HasChineseAndEnglish(string name)
    {
        var phrase = (Phrase)typeof(UiText).GetField(name)!.GetValue(null)!;

        Assert.False(string.IsNullOrWhiteSpace(phrase.Zh));
        Assert.False(string.IsNullOrWhiteSpace(phrase.En));
    }

    [Theory]
    [InlineData("zh-TW", "產學技術聯盟管考平台")]
    [InlineData("en", "Industry–Academia Technology Alliance Management Platform")]
    [InlineData("en-GB", "Industry–Academia Technology Alliance Management Platform")]
    [InlineData("fr", "產學技術聯盟管考平台")]
    public void In_Culture_PicksEnglishOnlyForEnglish(string culture, string expected) =>
        Assert.Equal(expected, UiText.ProductName.In(CultureInfo.GetCultureInfo(culture)));

    [Theory]
    [InlineData(GatewayRoles.Pi, "計畫主持人")]
    [InlineData(GatewayRoles.Assistant, "助理")]
    [InlineData(GatewayRoles.CentreAdmin, "工程中心管考人員")]
    [InlineData(GatewayRoles.MinistryOfficer, "科技部承辦人")]
    [InlineData(GatewayRoles.Reviewer, "審查委員")]
    public void RoleName_EachRole_UsesTheGlossary(string role, string expected) =>
        Assert.Equal(expected, UiText.RoleName(role).Zh);

    [Fact]
    public void SignInRefused_EachOutcomeAsTold_HasItsOwnMessage()
    {
        var refusals = Enum.GetValues<SignInOutcome>().Where(o => o != SignInOutcome.Succeeded && o.Told() == o)
            .Select(o => AccountText.SignInRefused(o).En).ToArray();

        Assert.Equal(refusals.Length, refusals.Distinct().Count());
    }

    [Fact]
    public void SignInRefused_LockedOut_ReadsAsAWrongPassword() =>
        Assert.Equal(AccountText.SignInRefused(SignInOutcome.Failed), AccountText.SignInRefused(SignInOutcome.LockedOut));
}
