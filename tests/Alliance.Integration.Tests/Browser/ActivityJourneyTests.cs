using Alliance.Integration.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Alliance.Integration.Tests.Browser;

/// <summary>An alliance records its activities and outcomes in the browser: the member rule, drafts, every kind and the summary.</summary>
public sealed class ActivityJourneyTests(SystemFixture system, BrowserFixture browser)
{
    private const string Counting = "臺北精密機械股份有限公司";
    private const string Leaving = "新竹半導體設備股份有限公司";

    [Fact]
    public async Task Assistant_ConsultationForAFirmThatNoLongerCounts_IsRefusedWithTheReason_AndTheFormSaysWhyItIsNotOffered()
    {
        var data = await ActivityPagesData.NewAsync(system);
        var (counting, _, _) = await data.AddFirmAsync(Counting, "2019-02-01", "2020-01-31");
        var (leaving, contractId, contractVersion) = await data.AddFirmAsync(Leaving, "2019-02-01", "2020-01-31");
        var assistant = await new TestAccounts(system).ApprovedAssistantAsync(data.Pi.Client, data.Alliance.Code);
        await using var ui = await UiSession.OpenAsync(browser, system, "activity-assistant");
        await ui.SignInAsync(assistant.UserName, TestAccounts.StrongPassword);

        await ui.GoAsync("/");
        await ui.Page.ClickAsync($"[data-activity='{data.Alliance.Code}']");
        await Expect(ui.Page.Locator("#alliance-heading")).ToContainTextAsync(data.Alliance.Code);
        await ui.Page.ClickAsync("#tab-consultations");
        await Expect(ui.Page.Locator("#new-record-heading")).ToHaveAttributeAsync("data-record", "consultations");
        await ui.Page.SelectOptionAsync("#year", "108");
        await FormOfAsync(ui, "consultations");
        await Expect(ui.Page.Locator("#new-record-member-hint")).ToContainTextAsync("請先選擇日期");

        await ui.Page.FillAsync("#new-record-date", "2019-05-01");
        await ui.Page.SelectOptionAsync("#new-record-member", leaving.ToString());
        await ui.Page.FillAsync("#new-record-topic", "製程良率改善");
        await ui.Page.FillAsync("#new-record-hours", "2");
        await Expect(ui.Page.Locator("#new-record-draft-kept")).ToContainTextAsync("製程良率改善");

        // Meanwhile the PI ends the firm's contract in April: the open page still offers it, the service refuses it.
        await data.ShortenContractAsync(leaving, contractId, contractVersion, "2019-02-01", "2019-04-30");
        await ui.Page.ClickAsync("#add-record");
        await Expect(ui.Page.Locator("#new-record .field-error[data-field=date]")).ToContainTextAsync("108/05/01 沒有有效的會員合約");
        await Expect(ui.Page.Locator("#no-records")).ToBeVisibleAsync();
        await ui.ShotAsync("consultation-refused");

        // Read again, the form no longer offers the firm, lets it go from the kept draft and says why.
        await ui.Page.ReloadAsync();
        await Expect(ui.Page.Locator("#new-record-draft-restored")).ToBeVisibleAsync();
        await Expect(ui.Page.Locator("#new-record-member-unpicked")).ToContainTextAsync($"{Leaving}」：108/05/01 當日沒有有效的會員合約");
        await Expect(ui.Page.Locator($"#new-record-member option[value='{leaving}']")).ToHaveCountAsync(0);
        await ui.Page.FillAsync("#new-record-member-search", "新竹半導體");
        await Expect(ui.Page.Locator("#new-record-member-picker .member-missing[data-reason=no-contract-on-date]").First).ToContainTextAsync(Leaving);
        await ui.Page.FillAsync("#new-record-member-search", "高雄");
        await Expect(ui.Page.Locator("#new-record-member-picker .member-missing[data-reason=not-a-member]")).ToContainTextAsync("不是本聯盟的會員");
        await ui.ShotAsync("why-not-offered");

        await ui.Page.FillAsync("#new-record-member-search", "");
        await ui.Page.SelectOptionAsync("#new-record-member", counting.ToString());
        await ui.Page.ClickAsync("#add-record");
        await Expect(ui.Page.Locator("[data-record-status='製程良率改善'] [data-status]")).ToHaveAttributeAsync("data-status", "accepted");
        await Expect(ui.Page.Locator("#records")).ToContainTextAsync(Counting);
        await Expect(ui.Page.Locator("#new-record-draft-restored")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Pi_InEnglish_HalfASeminarForm_SurvivesAClosedTab_UntilSaved()
    {
        var data = await ActivityPagesData.NewAsync(system);
        await using var ui = await UiSession.OpenAsync(browser, system, "activity-draft");
        await ui.SignInAsync(data.Pi.UserName, TestAccounts.StrongPassword);
        await ui.GoAsync("/");
        await ui.Page.ClickAsync("#language-switch");
        await Expect(ui.Page.Locator("#language-switch")).ToHaveTextAsync("中文");
        var events = $"/alliances/{data.Alliance.Id}/activity/events?year=108";

        await ui.GoAsync(events);
        await Expect(ui.Page.Locator("h5").First).ToHaveTextAsync("Events");
        await FormOfAsync(ui, "events");
        await ui.Page.SelectOptionAsync("#new-record-kind", "seminar");
        await ui.Page.FillAsync("#new-record-date", "2019-10-05");
        await ui.Page.FillAsync("#new-record-title", "Smart manufacturing seminar");
        await Expect(ui.Page.Locator("#new-record-draft-kept")).ToHaveTextAsync("Draft kept in this browser: Smart manufacturing seminar");

        await ui.ReopenTabAsync();
        await ui.GoAsync(events);
        await Expect(ui.Page.Locator("#new-record-draft-restored")).ToContainTextAsync("Your unsaved draft has been restored.");
        await Expect(ui.Page.Locator("#new-record-title")).ToHaveValueAsync("Smart manufacturing seminar");
        await Expect(ui.Page.Locator("#new-record-kind")).ToHaveValueAsync("seminar");
        await Expect(ui.Page.Locator("#new-record-date")).ToHaveValueAsync("2019-10-05");
        await ui.ShotAsync("draft-restored");

        await ui.Page.FillAsync("#new-record-place", "NTU");
        await ui.Page.FillAsync("#new-record-attendees", "80");
        await ui.Page.FillAsync("#new-record-firm-attendees", "35");
        await ui.Page.ClickAsync("#add-record");
        await Expect(ui.Page.Locator("[data-record-status='Smart manufacturing seminar'] [data-status]")).ToHaveAttributeAsync("data-status", "accepted");
        await Expect(ui.Page.Locator("#records")).ToContainTextAsync("technical seminar");

        // Saved, the draft is gone: the form opens empty.
        await ui.ReopenTabAsync();
        await ui.GoAsync(events);
        await Expect(ui.Page.Locator("#records")).ToContainTextAsync("Smart manufacturing seminar");
        await Expect(ui.Page.Locator("#new-record-title")).ToHaveValueAsync("");
        await Expect(ui.Page.Locator("#new-record-draft-restored")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Pi_RecordsOneOfEachKind_SummaryCountsThemAndLinksToThem_CorrectionAndVoidingChangeIt_ReviewerOnlyReads()
    {
        var data = await ActivityPagesData.NewAsync(system);
        var (member, _, _) = await data.AddFirmAsync(Counting, "2019-02-01", "2020-01-31");
        await using var ui = await UiSession.OpenAsync(browser, system, "activity-each");
        await ui.SignInAsync(data.Pi.UserName, TestAccounts.StrongPassword);
        var id = data.Alliance.Id;

        await ui.GoAsync($"/alliances/{id}/activity/events?year=108");
        await FormOfAsync(ui, "events");
        await ui.Page.SelectOptionAsync("#new-record-kind", "promotion");
        await ui.Page.FillAsync("#new-record-date", "2019-03-15");
        await ui.Page.FillAsync("#new-record-title", "聯盟招商說明會");
        await ui.Page.FillAsync("#new-record-place", "臺大");
        await ui.Page.FillAsync("#new-record-attendees", "60");
        await ui.Page.FillAsync("#new-record-firm-attendees", "40");
        await AddAcceptedAsync(ui, "聯盟招商說明會");

        await ui.Page.ClickAsync("#tab-consultations");
        await RecordServiceAsync(ui, "consultations", member, "2019-04-10", "設備診斷", "2");
        await ui.Page.ClickAsync("#tab-guidance");
        await RecordServiceAsync(ui, "guidance", member, "2019-05-20", "產線現地指導", "3");

        await ui.Page.ClickAsync("#tab-outcomes");
        await FormOfAsync(ui, "outcomes");
        await ui.Page.SelectOptionAsync("#new-record-kind", "patent-application");
        await ui.Page.FillAsync("#new-record-date", "2019-06-01");
        await ui.Page.SelectOptionAsync("#new-record-member", member.ToString());
        await ui.Page.FillAsync("#new-record-title", "精密夾治具");
        await ui.Page.FillAsync("#new-record-patent-number", "108123456");
        await ui.Page.FillAsync("#new-record-country", "TW");
        await ui.Page.SelectOptionAsync("#new-record-owner", "joint");
        await AddAcceptedAsync(ui, "精密夾治具");

        await ui.Page.ClickAsync("#tab-summary");
        await Expect(ui.Page.Locator("#activity-summary")).ToBeVisibleAsync();
        await Expect(ui.Page.Locator("#new-record")).ToHaveCountAsync(0);
        await ExpectFigureAsync(ui, "promotion-events", "1");
        await ExpectFigureAsync(ui, "technical-seminars", "0");
        await ExpectFigureAsync(ui, "consultations", "1");
        await ExpectFigureAsync(ui, "on-site-guidance", "1");
        await Expect(ui.Page.Locator("[data-kpi=patents] .this-year > a")).ToHaveTextAsync("1");
        await Expect(ui.Page.Locator("[data-kpi=patents] [data-part=patents-applied] a")).ToHaveTextAsync("1");
        await ui.ShotAsync("activity-summary");

        await ui.Page.ClickAsync("[data-kpi=on-site-guidance] .this-year a");
        await Expect(ui.Page.Locator("#records")).ToContainTextAsync("產線現地指導");
        await Expect(ui.Page.Locator("#filter-status")).ToHaveValueAsync("accepted");
        await ui.Page.ClickAsync("[data-record-of='產線現地指導']");
        await ui.Page.ClickAsync("#correct-record");
        await ui.Page.FillAsync("#correct-hours", "4");
        await ui.Page.FillAsync("#correction-reason-input", "時數誤植");
        await ui.Page.ClickAsync("#save-correction");
        await Expect(ui.Page.Locator("#record-hours")).ToHaveTextAsync("4");
        await Expect(ui.Page.Locator("#correction-reason")).ToHaveTextAsync("時數誤植");
        await Expect(ui.Page.Locator("#history")).ToContainTextAsync("3 → 4");

        await ui.GoAsync($"/alliances/{id}/activity/events?year=108");
        await ui.Page.ClickAsync("[data-record-of='聯盟招商說明會']");
        await ui.Page.ClickAsync("#void-record");
        await ui.Page.FillAsync("#void-reason-input", "重複登錄");
        await ui.Page.ClickAsync("#confirm-void");
        await Expect(ui.Page.Locator("#record [data-status]")).ToHaveAttributeAsync("data-status", "voided");
        await Expect(ui.Page.Locator("#correct-record")).ToHaveCountAsync(0);
        await Expect(ui.Page.Locator("#history")).ToContainTextAsync("作廢");
        await ui.GoAsync($"/alliances/{id}/activity?year=108");
        await ExpectFigureAsync(ui, "promotion-events", "0");

        var reviewer = TestAccounts.UniqueName("rev");
        await new TestAccounts(system).CreateAccountAsync(reviewer, TestAccounts.StrongPassword, ["reviewer"], [id]);
        await using var read = await UiSession.OpenAsync(browser, system, "activity-reviewer");
        await read.SignInAsync(reviewer, TestAccounts.StrongPassword);
        await read.GoAsync($"/alliances/{id}/activity/consultations?year=108");
        await Expect(read.Page.Locator("#records")).ToContainTextAsync("設備診斷");
        await Expect(read.Page.Locator("#read-only")).ToBeVisibleAsync();
        await Expect(read.Page.Locator("#new-record")).ToHaveCountAsync(0);
    }

    /// <summary>Waits until the page shows the form of <paramref name="record"/> for 108: a list's tab or year changes the page in place.</summary>
    private static async Task FormOfAsync(UiSession ui, string record)
    {
        await Expect(ui.Page.Locator("#new-record-heading")).ToHaveAttributeAsync("data-record", record);
        await Expect(ui.Page.Locator("#new-record-heading")).ToHaveAttributeAsync("data-year", "108");
    }

    private static async Task RecordServiceAsync(UiSession ui, string record, Guid member, string date, string topic, string hours)
    {
        await FormOfAsync(ui, record);
        await ui.Page.FillAsync("#new-record-date", date);
        await ui.Page.SelectOptionAsync("#new-record-member", member.ToString());
        await ui.Page.FillAsync("#new-record-topic", topic);
        await ui.Page.FillAsync("#new-record-hours", hours);
        await AddAcceptedAsync(ui, topic);
    }

    private static async Task AddAcceptedAsync(UiSession ui, string subject)
    {
        await ui.Page.ClickAsync("#add-record");
        await Expect(ui.Page.Locator($"[data-record-status='{subject}'] [data-status]")).ToHaveAttributeAsync("data-status", "accepted");
    }

    private static async Task ExpectFigureAsync(UiSession ui, string kpi, string figure) =>
        await Expect(ui.Page.Locator($"[data-kpi={kpi}] .this-year")).ToHaveTextAsync(figure);
}
