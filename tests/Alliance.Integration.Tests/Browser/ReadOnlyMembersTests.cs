using System.Net.Http.Json;
using Alliance.Integration.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Alliance.Integration.Tests.Browser;

/// <summary>Those who may only read an alliance see its members and counts, and no control to change them.</summary>
public sealed class ReadOnlyMembersTests(SystemFixture system, BrowserFixture browser)
{
    private const string Firm = "唯讀測試精密股份有限公司";

    [Fact]
    public async Task OfficerAndAssignedReviewer_SeeTheMembersAndCounts_WithoutEditOrImportControls()
    {
        var accounts = new TestAccounts(system);
        var pi = await accounts.CreateAsync(["pi"]);
        var alliance = await TestAlliances.RegisterAsync(system, pi.UserName);
        await AddCountedFirmAsync(pi.Client, alliance);
        var password = TestAccounts.NewPassword();
        var officer = TestAccounts.UniqueName("officer");
        var reviewer = TestAccounts.UniqueName("reviewer");
        await accounts.CreateAccountAsync(officer, password, ["ministry-officer"]);
        await accounts.CreateAccountAsync(reviewer, password, ["reviewer"], [alliance.Id]);

        foreach (var userName in new[] { officer, reviewer })
        {
            await using var session = await UiSession.OpenAsync(browser, system, $"read-only-{userName.Split('-')[0]}");
            await session.SignInAsync(userName, password);
            if (userName == officer)
            {
                await session.EnrolSecondFactorAsync();
            }

            await session.GoAsync($"/alliances/{alliance.Id}/members");
            await session.Page.SelectOptionAsync("#year", "108");

            await Expect(session.Page.Locator("[data-count=firm-total] .count-value")).ToHaveTextAsync("1");
            await Expect(session.Page.Locator($"[data-counted='{Firm}']")).ToHaveTextAsync("是");
            await Expect(session.Page.Locator("#read-only")).ToBeVisibleAsync();
            await Expect(session.Page.Locator("#export")).ToBeVisibleAsync();
            await ExpectNoWritingControlsAsync(session);
            await session.ShotAsync("members");

            await session.Page.ClickAsync($"[data-member='{Firm}']");
            await Expect(session.Page.Locator("#member-name")).ToHaveTextAsync(Firm);
            await Expect(session.Page.Locator("#standing-counted")).ToHaveTextAsync("計入廠商會員");
            await Expect(session.Page.Locator("#edit-member")).ToHaveCountAsync(0);
            await Expect(session.Page.Locator("#new-contract")).ToHaveCountAsync(0);
            await session.ShotAsync("member");
        }
    }

    [Fact]
    public async Task Pi_OfATerminatedAlliance_StillReadsItsMembersButIsOfferedNoChanges()
    {
        var pi = await new TestAccounts(system).CreateAsync(["pi"]);
        var alliance = await TestAlliances.RegisterAsync(system, pi.UserName);
        await AddCountedFirmAsync(pi.Client, alliance);
        await TestAlliances.TerminateAsync(system, alliance);
        await using var session = await UiSession.OpenAsync(browser, system, "terminated-pi");
        await session.SignInAsync(pi.UserName, TestAccounts.StrongPassword);

        await session.GoAsync("/");
        await session.Page.ClickAsync($"[data-members='{alliance.Code}']");
        await session.Page.SelectOptionAsync("#year", "108");

        await Expect(session.Page.Locator("#terminated")).ToContainTextAsync("109/01/31");
        await Expect(session.Page.Locator("[data-count=firm-total] .count-value")).ToHaveTextAsync("1");
        await Expect(session.Page.Locator("#export")).ToBeVisibleAsync();
        await ExpectNoWritingControlsAsync(session);
        await session.ShotAsync("terminated-members");
    }

    private static async Task ExpectNoWritingControlsAsync(UiSession session)
    {
        await Expect(session.Page.Locator("#import-members")).ToHaveCountAsync(0);
        await Expect(session.Page.Locator("#download-template")).ToHaveCountAsync(0);
        await Expect(session.Page.Locator("#import")).ToHaveCountAsync(0);
        await Expect(session.Page.Locator("#new-member")).ToHaveCountAsync(0);
    }

    private static async Task AddCountedFirmAsync(HttpClient pi, TestAlliance alliance)
    {
        var cancel = TestContext.Current.CancellationToken;
        using var member = await pi.PostAsJsonAsync(alliance.MembersPath,
            new { name = Firm, organisationKind = "taiwan-company", registrationNumber = MemberBodies.UniqueRegistrationNumber(), county = "臺北市" }, cancel);
        member.EnsureSuccessStatusCode();
        var id = (await member.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(cancel)).GetProperty("id").GetGuid();
        using var contract = await pi.PostAsJsonAsync($"{alliance.MembersPath}/{id}/contracts", new { start = "2019-02-01", end = "2020-01-31", paid = true, fee = 60000 }, cancel);
        contract.EnsureSuccessStatusCode();
    }
}
