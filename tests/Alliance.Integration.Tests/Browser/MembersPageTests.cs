using System.Text.RegularExpressions;
using Alliance.Integration.Tests.Infrastructure;
using Alliance.Integration.Tests.Membership;
using static Microsoft.Playwright.Assertions;

namespace Alliance.Integration.Tests.Browser;

/// <summary>The members page keeps the year of its address, and shows a member whose stored kind it cannot read as unknown.</summary>
public sealed class MembersPageTests(SystemFixture system, BrowserFixture browser)
{
    [Fact]
    public async Task MembersPage_YearInTheAddressAndAMemberOfUnknownKind_ShowsThatYearAndTheMemberAsUnknown()
    {
        var piName = TestAccounts.UniqueName("ypi");
        var password = TestAccounts.NewPassword();
        await new TestAccounts(system).CreateAccountAsync(piName, password, ["pi"]);
        var alliance = await TestAlliances.RegisterAsync(system, piName);
        await using (var connection = await StoredKinds.OpenAsync(system))
        {
            await StoredKinds.InsertMemberAsync(connection, alliance.Id, "類型不明會員", "99");
        }

        await using var pi = await UiSession.OpenAsync(browser, system, "members-year");
        await pi.SignInAsync(piName, password);

        await pi.GoAsync($"/alliances/{alliance.Id}/members?year=108");
        await Expect(pi.Page.Locator("#cutoff")).ToContainTextAsync("108/10/31");
        await Expect(pi.Page.Locator("#year")).ToHaveValueAsync("108");
        await Expect(pi.Page.Locator("[data-kind='類型不明會員']")).ToHaveTextAsync("無法辨識（請更正）");
        await Expect(pi.Page.Locator("[data-reasons='類型不明會員']")).ToHaveTextAsync("單位類型無法辨識，請更正會員資料");
        await pi.ShotAsync("members-108-unknown-kind");

        await pi.Page.SelectOptionAsync("#year", "109");
        await Expect(pi.Page).ToHaveURLAsync(new Regex("/members\\?year=109$"));
        await Expect(pi.Page.Locator("#cutoff")).ToContainTextAsync("109/10/31");

        await pi.Page.ClickAsync("[data-member='類型不明會員']");
        await Expect(pi.Page.Locator("#member-kind")).ToHaveTextAsync("無法辨識（請更正）");
        await pi.ShotAsync("member-unknown-kind");
    }
}
