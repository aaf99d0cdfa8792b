using System.Net.Http.Json;
using Alliance.Contracts.Accounts;
using Alliance.Integration.Tests.Accounts;
using Alliance.Integration.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Alliance.Integration.Tests.Browser;

/// <summary>The PI's assistants page publishes approvals and withdrawals as the API does.</summary>
public sealed class AssistantEventsPageTests(SystemFixture system, BrowserFixture browser)
{
    [Fact]
    public async Task AssistantsPage_ApproveThenWithdraw_PublishesBothAtGreaterVersions()
    {
        var piName = TestAccounts.UniqueName("pi");
        var piPassword = TestAccounts.NewPassword();
        await new TestAccounts(system).CreateAccountAsync(piName, piPassword, ["pi"]);
        var alliance = await TestAlliances.RegisterAsync(system, piName);
        var assistantName = TestAccounts.UniqueName("asst");
        using (var registered = await system.Gateway.PostAsJsonAsync("/api/auth/registrations",
            new { userName = assistantName, displayName = "林助理", password = TestAccounts.StrongPassword, allianceCode = alliance.Code }, TestContext.Current.CancellationToken))
        {
            Assert.True(registered.IsSuccessStatusCode, await registered.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }

        await using var pi = await UiSession.OpenAsync(browser, system, "events-pi");
        await pi.SignInAsync(piName, piPassword);
        await pi.GoAsync("/pi/assistants");
        await pi.Page.ClickAsync($"[data-approve='{assistantName}']");
        // The page lists the approval once the call that made it has committed.
        await Expect(pi.Page.Locator($"[data-withdraw='{assistantName}']")).ToBeVisibleAsync();
        await pi.Page.ClickAsync($"[data-withdraw='{assistantName}']");
        await Expect(pi.Page.Locator($"[data-withdraw='{assistantName}']")).ToHaveCountAsync(0);

        var published = await GatewayOutbox.OfAccountAsync(system, assistantName);
        Assert.Equal([nameof(AccountChanged), nameof(AssistantApproved), nameof(AssistantWithdrawn)], published.Select(e => e.Type));
        Assert.Equal([1L, 2L, 3L], published.Select(e => e.Version));
        Assert.All(published[1..], e => Assert.Equal(alliance.Id, e.Payload.GetProperty("allianceId").GetGuid()));
    }
}
