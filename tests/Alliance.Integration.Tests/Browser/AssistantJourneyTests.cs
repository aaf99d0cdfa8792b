using Alliance.Integration.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Alliance.Integration.Tests.Browser;

/// <summary>An assistant registers, the PI approves, the assistant works, the PI withdraws and the assistant is out.</summary>
public sealed class AssistantJourneyTests(SystemFixture system, BrowserFixture browser)
{
    [Fact]
    public async Task Assistant_RegisteredApprovedThenWithdrawn_IsRefusedOnTheNextPageLoad()
    {
        var piName = TestAccounts.UniqueName("pi");
        var piPassword = TestAccounts.NewPassword();
        await new TestAccounts(system).CreateAccountAsync(piName, piPassword, ["pi"]);
        var allianceCode = (await TestAlliances.RegisterAsync(system, piName)).Code;
        var assistantName = TestAccounts.UniqueName("asst");
        var assistantPassword = TestAccounts.NewPassword();

        await using var assistant = await UiSession.OpenAsync(browser, system, "journey-assistant");
        await assistant.GoAsync("/account/register");
        await assistant.Page.FillAsync("#userName", assistantName);
        await assistant.Page.FillAsync("#displayName", "王小明");
        await assistant.Page.FillAsync("#email", $"{assistantName}@example.org");
        await assistant.Page.FillAsync("#password", assistantPassword);
        await assistant.Page.FillAsync("#allianceCode", allianceCode);
        await assistant.Page.ClickAsync("#register-submit");
        await Expect(assistant.Page.Locator("#registered")).ToContainTextAsync("待計畫主持人核准");
        await assistant.ShotAsync("registered");

        await assistant.SignInAsync(assistantName, assistantPassword);
        await Expect(assistant.Page.Locator("#sign-in-error")).ToContainTextAsync("尚未經計畫主持人核准");

        await using var pi = await UiSession.OpenAsync(browser, system, "journey-pi");
        await pi.SignInAsync(piName, piPassword);
        await Expect(pi.Page.Locator("[data-role=pi]")).ToBeVisibleAsync();
        await pi.GoAsync("/pi/assistants");
        await pi.Page.ClickAsync($"[data-approve='{assistantName}']");
        await Expect(pi.Page.Locator($"[data-withdraw='{assistantName}']")).ToBeVisibleAsync();
        await pi.ShotAsync("approved");

        await assistant.SignInAsync(assistantName, assistantPassword);
        await Expect(assistant.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/$"));
        await Expect(assistant.Page.Locator("[data-role=assistant]")).ToContainTextAsync("助理");
        await Expect(assistant.Page.Locator("#user-name")).ToHaveTextAsync("王小明");
        await assistant.GoAsync("/account/password");
        await Expect(assistant.Page.Locator("#currentPassword")).ToBeVisibleAsync();

        await pi.Page.ClickAsync($"[data-withdraw='{assistantName}']");
        await Expect(pi.Page.Locator($"[data-withdraw='{assistantName}']")).ToHaveCountAsync(0);
        await pi.ShotAsync("withdrawn");

        await assistant.GoAsync("/account/tokens");
        await Expect(assistant.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in"));
        await Expect(assistant.Page.Locator("#user-name")).ToHaveCountAsync(0);
    }
}
