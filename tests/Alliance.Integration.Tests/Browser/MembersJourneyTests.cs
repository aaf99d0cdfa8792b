using System.Text.RegularExpressions;
using Alliance.Integration.Tests.EndToEnd;
using Alliance.Integration.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Alliance.Integration.Tests.Browser;

/// <summary>The PI keeps the alliance's members in the browser; the centre registers alliances.</summary>
public sealed class MembersJourneyTests(SystemFixture system, BrowserFixture browser)
{
    private const string CountedFirm = "臺北精密機械股份有限公司";
    private const string LapsedFirm = "大安智慧製造股份有限公司";

    [Fact]
    public async Task Pi_AddsTwoFirmsInTaipei_Year108CountsOnlyTheOneSpanningTheCutoffAndSaysWhyNotTheOther()
    {
        var piName = TestAccounts.UniqueName("mpi");
        var password = TestAccounts.NewPassword();
        await new TestAccounts(system).CreateAccountAsync(piName, password, ["pi"]);
        var allianceCode = (await TestAlliances.RegisterAsync(system, piName)).Code;
        await using var pi = await UiSession.OpenAsync(browser, system, "members-pi");

        await pi.SignInAsync(piName, password);
        await pi.GoAsync("/");
        await pi.Page.ClickAsync($"[data-members='{allianceCode}']");
        await Expect(pi.Page.Locator("#alliance-heading")).ToContainTextAsync(allianceCode);
        await pi.ShotAsync("members-empty");

        await AddFirmWithContractAsync(pi, CountedFirm, "04595257", "2019-02-01", "2020-01-31", paidFee: "60000");
        await AddFirmWithContractAsync(pi, LapsedFirm, "22099131", "2019-01-01", "2019-10-30", paidFee: null);

        await pi.Page.SelectOptionAsync("#year", "108");
        await Expect(pi.Page.Locator("#cutoff")).ToContainTextAsync("108/10/31");
        await Expect(pi.Page.Locator("[data-count=firm-total] .count-value")).ToHaveTextAsync("1");
        await Expect(pi.Page.Locator("[data-count=north] .count-value")).ToHaveTextAsync("1");
        await Expect(pi.Page.Locator("[data-count=paid] .count-value")).ToHaveTextAsync("1");
        await Expect(pi.Page.Locator($"[data-counted='{CountedFirm}']")).ToHaveTextAsync("是");
        await Expect(pi.Page.Locator($"[data-counted='{LapsedFirm}']")).ToHaveTextAsync("否");
        await Expect(pi.Page.Locator($"[data-reasons='{LapsedFirm}']")).ToHaveTextAsync("合約於基準日（10/31）前到期");
        await Expect(pi.Page.Locator($"[data-reasons='{CountedFirm}']")).ToHaveTextAsync("");
        await pi.ShotAsync("members-108");

        // The lapsed firm turns out to have been entered by mistake: the PI removes it, and the list no longer shows it.
        await pi.Page.ClickAsync($"[data-member='{LapsedFirm}']");
        await pi.Page.ClickAsync("#remove-member");
        await Expect(pi.Page.Locator("#confirm-removal")).ToContainTextAsync("誤植");
        await pi.ShotAsync("confirm-removal");
        await pi.Page.ClickAsync("#confirm-remove-member");
        await Expect(pi.Page).ToHaveURLAsync(new Regex("/members$"));
        await Expect(pi.Page.Locator($"[data-member='{CountedFirm}']")).ToBeVisibleAsync();
        await Expect(pi.Page.Locator($"[data-member='{LapsedFirm}']")).ToHaveCountAsync(0);
        await pi.ShotAsync("lapsed-firm-removed");
    }

    [Fact]
    public async Task CentreAdmin_RegistersEditsAndTerminatesAnAlliance_HistorySaysWhoDidWhat()
    {
        var adminName = TestAccounts.UniqueName("centre");
        var password = TestAccounts.NewPassword();
        await new TestAccounts(system).CreateAccountAsync(adminName, password, ["centre-admin"]);
        await using var admin = await UiSession.OpenAsync(browser, system, "alliances-admin");
        await admin.SignInAsync(adminName, password);
        await admin.EnrolSecondFactorAsync();

        var code = AllianceRegistrationTests.UniqueCode();
        var piName = await new TestAccounts(system).NewPiAccountAsync();
        await admin.GoAsync("/admin/alliances");
        await admin.Page.FillAsync("#new-alliance-code", code);
        await admin.Page.FillAsync("#new-alliance-name", "精準醫療技術聯盟");
        await admin.Page.FillAsync("#new-alliance-host", "國立成功大學");
        await admin.Page.FillAsync("#new-alliance-pi", "nobody.here");
        await admin.Page.SelectOptionAsync("#new-alliance-domain", "biomedical");
        await admin.Page.SelectOptionAsync("#new-alliance-phase", "2");
        await admin.Page.SelectOptionAsync("#new-alliance-year", "3");
        await admin.Page.ClickAsync("#register-alliance");
        await Expect(admin.Page.Locator(".field-error[data-field=piUserName]")).ToContainTextAsync("沒有使用者名稱為「nobody.here」的帳號");
        await Expect(admin.Page.Locator($"[data-name='{code}']")).ToHaveCountAsync(0);

        await admin.Page.FillAsync("#new-alliance-pi", piName);
        await admin.Page.ClickAsync("#register-alliance");
        await Expect(admin.Page.Locator($"[data-name='{code}']")).ToHaveTextAsync("精準醫療技術聯盟");
        await Expect(admin.Page.Locator($"[data-phase='{code}']")).ToHaveTextAsync("第二期 第3年");
        await admin.ShotAsync("registered");

        await admin.Page.ClickAsync($"[data-edit='{code}']");
        await admin.Page.FillAsync("#edit-name", "精準醫療與智慧健康技術聯盟");
        await admin.Page.ClickAsync("#save-alliance");
        await Expect(admin.Page.Locator($"[data-name='{code}']")).ToHaveTextAsync("精準醫療與智慧健康技術聯盟");

        await admin.Page.ClickAsync($"[data-terminate='{code}']");
        await admin.Page.FillAsync("#terminated-on", "2020-01-31");
        await admin.Page.FillAsync("#termination-reason", "期中審查未通過");
        await admin.Page.ClickAsync("#confirm-terminate");
        await Expect(admin.Page.Locator($"[data-status='{code}']")).ToContainTextAsync("已終止（109/01/31）");

        await admin.Page.ClickAsync($"[data-history='{code}']");
        var history = admin.Page.Locator("#history");
        await Expect(history).ToContainTextAsync(adminName);
        await Expect(history).ToContainTextAsync("新增");
        await Expect(history).ToContainTextAsync("生醫");
        await Expect(history).Not.ToContainTextAsync("biomedical");
        await Expect(history).ToContainTextAsync("精準醫療技術聯盟 → 精準醫療與智慧健康技術聯盟");
        await Expect(history).ToContainTextAsync("期中審查未通過");
        await Expect(history).ToContainTextAsync(new Regex(@"\d{3}/\d{2}/\d{2} \d{2}:\d{2}:\d{2}"));
        await admin.ShotAsync("history");
    }

    private static async Task AddFirmWithContractAsync(UiSession pi, string name, string registration, string start, string end, string? paidFee)
    {
        await pi.Page.FillAsync("#new-member-name", name);
        await pi.Page.SelectOptionAsync("#new-member-kind", "taiwan-company");
        await pi.Page.FillAsync("#new-member-registration", registration);
        await pi.Page.SelectOptionAsync("#new-member-county", "臺北市");
        await pi.Page.ClickAsync("#add-member");
        await Expect(pi.Page.Locator("#member-name")).ToHaveTextAsync(name);

        await pi.Page.FillAsync("#new-contract-start", start);
        await pi.Page.FillAsync("#new-contract-end", end);
        if (paidFee is not null)
        {
            await pi.Page.SelectOptionAsync("#new-contract-paid", "paid");
            await pi.Page.FillAsync("#new-contract-fee", paidFee);
        }

        await pi.Page.ClickAsync("#add-contract");
        await Expect(pi.Page.Locator("#contracts")).ToContainTextAsync(DisplayRoc(end));
        await pi.ShotAsync($"member-{registration}");
        await pi.Page.ClickAsync("#back-to-members");
        await Expect(pi.Page.Locator("#new-member-name")).ToBeVisibleAsync();
    }

    private static string DisplayRoc(string iso)
    {
        var date = DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return $"{date.Year - 1911}/{date.Month:00}/{date.Day:00}";
    }
}
