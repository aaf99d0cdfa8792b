using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.Infrastructure;
using Alliance.Integration.Tests.Reporting;

namespace Alliance.Integration.Tests.Browser;

/// <summary>What the reporting pages' journeys set up through the API: members of a <see cref="ReportingAlliance"/>, and a centre administrator's browser.</summary>
public static class ReportingPagesData
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A firm in <paramref name="county"/>, with a contract over 108's cutoff (paid or free), or none when <paramref name="paid"/> is null.</summary>
    public static async Task<Guid> AddMemberAsync(ReportingAlliance alliance, string county, bool? paid)
    {
        var members = $"/api/membership/alliances/{alliance.Id}/members";
        using var created = await alliance.Pi.PostAsJsonAsync(members, MemberBodies.TaiwanCompany(county), Cancel);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Cancel));
        var memberId = (await created.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetGuid();
        if (paid is { } isPaid)
        {
            using var contract = await alliance.Pi.PostAsJsonAsync($"{members}/{memberId}/contracts",
                new { start = "2019-01-01", end = "2019-12-31", paid = isPaid, fee = isPaid ? 50000 : 0 }, Cancel);
            Assert.True(contract.StatusCode == HttpStatusCode.Created, await contract.Content.ReadAsStringAsync(Cancel));
        }

        return memberId;
    }

    /// <summary>A new centre administrator signed in, with the second factor the centre's pages require.</summary>
    public static async Task<UiSession> CentreAsync(SystemFixture system, BrowserFixture browser, string name)
    {
        var userName = TestAccounts.UniqueName("cen");
        var password = TestAccounts.NewPassword();
        await new TestAccounts(system).CreateAccountAsync(userName, password, ["centre-admin"]);
        var ui = await UiSession.OpenAsync(browser, system, name);
        await ui.SignInAsync(userName, password);
        await ui.EnrolSecondFactorAsync();
        return ui;
    }
}
