using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Alliance.Integration.Tests.Browser;

/// <summary>Members in bulk in the browser: the template, an import (all or nothing) and the export.</summary>
public sealed class MemberSheetsJourneyTests(SystemFixture system, BrowserFixture browser)
{
    private const string CountedFirm = "北部收費廠商";
    private const string LapsedFirm = "十月到期廠商";

    [Fact]
    public async Task Assistant_ImportsASheet_SeesTheCountsAndReadsWhyAMemberDoesNotCount()
    {
        var accounts = new TestAccounts(system);
        var pi = await accounts.CreateAsync(["pi"]);
        var alliance = await TestAlliances.RegisterAsync(system, pi.UserName);
        var assistantName = (await accounts.ApprovedAssistantAsync(pi.Client, alliance.Code)).UserName;
        await using var assistant = await UiSession.OpenAsync(browser, system, "import-assistant");
        await assistant.SignInAsync(assistantName, TestAccounts.StrongPassword);
        await assistant.GoAsync("/");
        await assistant.Page.ClickAsync($"[data-members='{alliance.Code}']");
        await assistant.Page.SelectOptionAsync("#year", "108");
        await Expect(assistant.Page.Locator("#import-how")).ToContainTextAsync("10 MB");

        var template = await DownloadAsync(assistant, "#download-template");
        Assert.Equal("members-template.xlsx", template.Name);
        Assert.Equal(MemberSheets.Headers, MemberSheets.HeaderRow(template.Content));

        await UploadAsync(assistant, MemberSheets.Build(
        [
            MemberSheets.Company(CountedFirm, "臺北市"),
            MemberSheets.Row(LapsedFirm, "taiwan-company", MemberBodies.UniqueRegistrationNumber(), "高雄市", null, null, "2019-01-01", "108/10/30", null, "是", 30000),
            MemberSheets.Row("尚無合約廠商", "taiwan-company", MemberBodies.UniqueRegistrationNumber(), "臺南市", null, "陳小姐", null, null, null, null, null),
            MemberSheets.Row("陳個人", "natural-person", null, null, null, null, "2019-02-01", "2020-01-31", null, "否", 0),
        ]));

        await Expect(assistant.Page.Locator("#import-done")).ToHaveTextAsync("已匯入 4 位會員、3 份合約。");
        await Expect(assistant.Page.Locator("[data-count=firm-total] .count-value")).ToHaveTextAsync("1");
        await Expect(assistant.Page.Locator("[data-count=paid] .count-value")).ToHaveTextAsync("1");
        await Expect(assistant.Page.Locator("[data-count=north] .count-value")).ToHaveTextAsync("1");
        await Expect(assistant.Page.Locator("[data-count=individual] .count-value")).ToHaveTextAsync("1");
        await Expect(assistant.Page.Locator($"[data-counted='{CountedFirm}']")).ToHaveTextAsync("是");
        await assistant.ShotAsync("imported");

        var export = await DownloadAsync(assistant, "#export");
        Assert.Equal("members-108.xlsx", export.Name);
        Assert.Equal(4, MemberSheets.Read(export.Content).Count);

        await assistant.Page.ClickAsync($"[data-member='{LapsedFirm}']");
        await Expect(assistant.Page.Locator("#member-name")).ToHaveTextAsync(LapsedFirm);
        await Expect(assistant.Page.Locator("#standing")).ToContainTextAsync("108 年度（基準日 108/10/31）");
        await Expect(assistant.Page.Locator("#standing-counted")).ToHaveTextAsync("不計入廠商會員");
        await Expect(assistant.Page.Locator("#standing-reasons")).ToHaveTextAsync("合約於基準日（10/31）前到期");
        await assistant.ShotAsync("lapsed-member");
    }

    [Fact]
    public async Task Pi_ImportsASheetWithABadRow_SeesTheRowsReasonsAndNothingIsApplied()
    {
        var piName = TestAccounts.UniqueName("ipi");
        var password = TestAccounts.NewPassword();
        await new TestAccounts(system).CreateAccountAsync(piName, password, ["pi"]);
        var alliance = await TestAlliances.RegisterAsync(system, piName);
        await using var pi = await UiSession.OpenAsync(browser, system, "import-bad-row");
        await pi.SignInAsync(piName, password);
        await pi.GoAsync($"/alliances/{alliance.Id}/members");
        await Expect(pi.Page.Locator("#no-members")).ToBeVisibleAsync();

        await UploadAsync(pi, MemberSheets.Build(
        [
            MemberSheets.Company(),
            MemberSheets.Row("壞統編", "taiwan-company", "12345678", "火星市", null, null, null, null, null, null, null),
            MemberSheets.Company(),
        ]));

        await Expect(pi.Page.Locator("#import-refused")).ToContainTextAsync("未匯入任何資料");
        await Expect(pi.Page.Locator("#import-rows tbody tr")).ToHaveCountAsync(2);
        var registration = pi.Page.Locator("[data-row='3'][data-column='registrationNumber']");
        await Expect(registration).ToContainTextAsync("統一編號");
        await Expect(registration).ToContainTextAsync("統一編號的檢查碼不正確。");
        await Expect(pi.Page.Locator("[data-row='3'][data-column='county']")).ToContainTextAsync("縣市");
        await Expect(pi.Page.Locator("#no-members")).ToBeVisibleAsync();
        await Expect(pi.Page.Locator("[data-count=firm-total] .count-value")).ToHaveTextAsync("0");
        await pi.ShotAsync("refused");
        Assert.Empty((await system.Admin.GetFromJsonAsync<JsonElement[]>(alliance.MembersPath, TestContext.Current.CancellationToken))!);
    }

    private const string FileInput = "#import-members input[type=file]";

    private static async Task UploadAsync(UiSession session, byte[] sheet)
    {
        // Blazor's InputFile hears of a chosen file only once its script has set the input up, which it does after the
        // control's first render reached the browser and marks on the element; a file set before that is never seen.
        // Under load that can come after the page has loaded its members, so the page's own state is not the sign.
        await session.Page.WaitForFunctionAsync($"() => document.querySelector('{FileInput}')?._blazorInputFileNextFileId !== undefined");
        await session.Page.SetInputFilesAsync(FileInput, new FilePayload
        {
            Name = "members.xlsx",
            MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Buffer = sheet,
        });
    }

    private static async Task<(string Name, byte[] Content)> DownloadAsync(UiSession session, string link)
    {
        var download = await session.Page.RunAndWaitForDownloadAsync(() => session.Page.ClickAsync(link));
        await using var stream = await download.CreateReadStreamAsync();
        using var content = new MemoryStream();
        await stream.CopyToAsync(content);
        return (download.SuggestedFilename, content.ToArray());
    }
}
