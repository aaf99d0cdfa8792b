using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Alliance.Integration.Tests.Browser;

/// <summary>The centre runs the year's site visits in the browser, reviewers fill in their forms, and the outstanding alliances are published.</summary>
public sealed class SiteVisitJourneyTests(SystemFixture system, BrowserFixture browser)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Centre_SchedulesAVisitOutsideTheWindowWithItsReason_AndAssignsAReviewer()
    {
        var data = new SiteVisitPagesData(system);
        var alliance = await data.AllianceAsync();
        var reviewer = await data.ReviewerAsync();
        var notAReviewer = await new TestAccounts(system).NewPiAccountAsync();
        await using var ui = await SignedInAsync("centre-admin", "visit-schedule");

        await ui.GoAsync("/site-visits?year=108");
        await ui.Page.ClickAsync("#schedule-visit");
        await Expect(ui.Page.Locator("#schedule-heading")).ToHaveAttributeAsync("data-year", "108");
        await ui.Page.SelectOptionAsync("#visit-alliance", alliance.Id.ToString());
        await ui.Page.FillAsync("#visit-date", "2019-08-20");
        await ui.Page.FillAsync("#visit-time", "14:00");
        await Expect(ui.Page.Locator("#visit-outside-window")).ToBeVisibleAsync();
        await Expect(ui.Page.Locator("#visit-agenda-4")).ToHaveValueAsync("查訪結果說明");
        await ui.Page.FillAsync("#visit-agenda-2", "綜合交流及參觀產線");
        await ui.Page.FillAsync("#visit-place", "國立臺灣大學工學院");
        await ui.Page.ClickAsync("#save-visit");
        await Expect(ui.Page.Locator("#schedule .field-error[data-field=startsAt]")).ToContainTextAsync("實地查訪於 4 月至 7 月進行");
        await ui.ShotAsync("outside-window-refused");

        await ui.Page.FillAsync("#visit-reason", "配合聯盟成果發表會");
        await ui.Page.ClickAsync("#save-visit");
        await Expect(ui.Page.Locator("#visit-when")).ToHaveTextAsync("108/08/20 14:00");
        await Expect(ui.Page.Locator("#visit-reason")).ToHaveTextAsync("配合聯盟成果發表會");
        await Expect(ui.Page.Locator("#agenda li")).ToHaveTextAsync(["簡報及成果展示", "綜合交流及參觀產線", "審查委員填寫審查表", "查訪結果說明"]);
        await Expect(ui.Page.Locator("#no-reviewers")).ToBeVisibleAsync();

        // The picker offers reviewer accounts only; the service's own refusal of another account is tested on the API.
        await Expect(ui.Page.Locator($"#reviewer-choice option[value='{reviewer.UserName}']")).ToHaveCountAsync(1);
        await Expect(ui.Page.Locator($"#reviewer-choice option[value='{notAReviewer}']")).ToHaveCountAsync(0);
        await ui.Page.SelectOptionAsync("#reviewer-choice", reviewer.UserName);
        await ui.Page.ClickAsync("#assign-reviewer");
        await Expect(ui.Page.Locator($"#reviewers [data-reviewer='{reviewer.UserName}'] [data-form-status]")).ToHaveAttributeAsync("data-form-status", "not-started");
        await Expect(ui.Page.Locator($"#reviewer-choice option[value='{reviewer.UserName}']")).ToHaveCountAsync(0);
        await ui.ShotAsync("reviewer-assigned");

        await ui.GoAsync("/site-visits?year=108&month=2019-08");
        await Expect(ui.Page.Locator($"#month-grid [data-day='2019-08-20'] [data-visit='{alliance.Code}']")).ToHaveTextAsync($"14:00 {alliance.Code}");
        await ui.Page.ClickAsync("#view-list");
        await Expect(ui.Page.Locator($"[data-visit-row='{alliance.Code}']")).ToContainTextAsync("108/08/20 14:00");

        var visits = await system.Admin.GetFromJsonAsync<JsonElement[]>("/api/site-visits/visits?year=108", Cancel);
        var visit = Assert.Single(visits!, v => v.GetProperty("allianceId").GetGuid() == alliance.Id);
        var reviewers = await system.Admin.GetFromJsonAsync<JsonElement[]>($"/api/site-visits/visits/{visit.GetProperty("id").GetGuid()}/reviewers", Cancel);
        Assert.Equal([reviewer.UserName], reviewers!.Select(r => r.GetProperty("reviewerUserName").GetString()));
    }

    [Fact]
    public async Task Reviewer_InEnglish_FillsHalfTheForm_LeavesAndComesBackToTheDraft_ThenSubmitsAndReadsTheOtherForms()
    {
        var data = new SiteVisitPagesData(system);
        var alliance = await data.AllianceAsync();
        var reviewer = await data.ReviewerAsync();
        var other = await data.ReviewerAsync("other");
        var visitId = await data.VisitAsync(alliance, "2019-05-15T10:00:00+08:00", reviewer, other);
        await SiteVisitPagesData.SubmitFormAsync(other, visitId, [4, 4, 3, 4, 3], "satisfactory", "整體表現良好");
        await using var ui = await UiSession.OpenAsync(browser, system, "visit-review");
        await ui.SignInAsync(reviewer.UserName, TestAccounts.StrongPassword);
        await ui.GoAsync("/");
        await ui.Page.ClickAsync("#language-switch");
        await Expect(ui.Page.Locator("#language-switch")).ToHaveTextAsync("中文");

        await ui.GoAsync("/site-visits/mine?year=108");
        await Expect(ui.Page.Locator($"[data-visit-row='{alliance.Code}'] [data-form-status]")).ToHaveTextAsync("not started");
        await ui.Page.ClickAsync($"[data-open-form='{alliance.Code}']");
        await Expect(ui.Page.Locator("h5").First).ToHaveTextAsync("Site-visit review form");
        await Expect(ui.Page.Locator("#form-visit")).ToHaveTextAsync("2019-05-15 10:00 · 國立臺灣大學");
        await ui.Page.SelectOptionAsync("#score-time-split", "4");
        await ui.Page.FillAsync("#comment-time-split", "The PI kept to about a fifth of the time.");
        await ui.Page.SelectOptionAsync("#score-core-technology-application", "5");
        await Expect(ui.Page.Locator("#draft-status")).ToHaveAttributeAsync("data-state", "saved");
        await Expect(ui.Page.Locator("#draft-status")).ToContainTextAsync("Draft saved at");
        await ui.ShotAsync("half-saved");

        await ui.ReopenTabAsync();
        await ui.GoAsync($"/site-visits/{visitId}/form");
        await Expect(ui.Page.Locator("#score-time-split")).ToHaveValueAsync("4");
        await Expect(ui.Page.Locator("#comment-time-split")).ToHaveValueAsync("The PI kept to about a fifth of the time.");
        await Expect(ui.Page.Locator("#score-core-technology-application")).ToHaveValueAsync("5");
        await Expect(ui.Page.Locator("#score-promotion-highlights")).ToHaveValueAsync("");

        await ui.Page.SelectOptionAsync("#score-promotion-highlights", "4");
        await ui.Page.SelectOptionAsync("#score-public-showing", "3");
        await ui.Page.SelectOptionAsync("#score-sustainability", "4");
        await ui.Page.FillAsync("#overall-comment", "A strong alliance whose members present their own results.");
        await ui.Page.SelectOptionAsync("#recommendation", "outstanding-candidate");
        await Expect(ui.Page.Locator("#form-total")).ToContainTextAsync("20");
        await ui.Page.ClickAsync("#submit-form");
        await Expect(ui.Page.Locator("#confirm-submit-note")).ToContainTextAsync("Once submitted, the form cannot be changed.");
        await Expect(ui.Page.Locator("#still-missing")).ToHaveCountAsync(0);
        await ui.Page.ClickAsync("#confirm-submit");
        await Expect(ui.Page.Locator("#form-submitted")).ToContainTextAsync("You submitted this form on 20");
        await Expect(ui.Page.Locator($"#submitted-forms th[data-reviewer='{other.UserName}']")).ToBeVisibleAsync();
        await Expect(ui.Page.Locator($"#submitted-forms [data-point=total] td[data-reviewer='{reviewer.UserName}']")).ToHaveTextAsync("20");
        await Expect(ui.Page.Locator($"#submitted-forms [data-point=total] td[data-reviewer='{other.UserName}']")).ToHaveTextAsync("18");
        await Expect(ui.Page.Locator("#average-total")).ToHaveTextAsync("19.00");
        await Expect(ui.Page.Locator($"#submitted-forms [data-point=recommendation] td[data-reviewer='{reviewer.UserName}']")).ToHaveTextAsync("outstanding candidate");
        await ui.ShotAsync("submitted");
        await ui.GoAsync("/site-visits/mine?year=108");
        await Expect(ui.Page.Locator($"[data-visit-row='{alliance.Code}'] [data-form-status]")).ToHaveAttributeAsync("data-form-status", "submitted");

        var forms = await system.Admin.GetFromJsonAsync<JsonElement>($"/api/site-visits/visits/{visitId}/forms", Cancel);
        var mine = Assert.Single(forms.GetProperty("forms").EnumerateArray(), f => f.GetProperty("reviewerUserName").GetString() == reviewer.UserName);
        Assert.Equal([4, 5, 4, 3, 4], mine.GetProperty("scores").EnumerateArray().Select(s => s.GetProperty("score").GetInt32()));
        Assert.Equal("The PI kept to about a fifth of the time.", mine.GetProperty("scores")[0].GetProperty("comment").GetString());
    }

    [Fact]
    public async Task Centre_RanksTheDomainAndSelectsTheOutstandingAlliance_AnOfficerConfirms_AndItIsPublished()
    {
        var data = new SiteVisitPagesData(system);
        var domain = await data.DomainAsync();
        var best = await data.AllianceAsync(domain, "精密機械技術聯盟");
        var second = await data.AllianceAsync(domain, "綠色材料技術聯盟");
        var reviewer = await data.ReviewerAsync();
        var bestVisit = await data.VisitAsync(best, "2019-04-22T09:30:00+08:00", reviewer);
        var secondVisit = await data.VisitAsync(second, "2019-06-10T13:30:00+08:00", reviewer);
        await SiteVisitPagesData.SubmitFormAsync(reviewer, bestVisit, [5, 5, 4, 4, 5], "outstanding-candidate", "成果豐碩");
        await SiteVisitPagesData.SubmitFormAsync(reviewer, secondVisit, [3, 3, 3, 3, 3], "satisfactory", "穩定發展");
        var ranking = $"/site-visits/ranking?year=108&domain={domain}";

        await using (var centre = await SignedInAsync("centre-admin", "visit-rank"))
        {
            await centre.GoAsync(ranking);
            await Expect(centre.Page.Locator("#ranking tbody tr")).ToHaveCountAsync(2);
            await Expect(centre.Page.Locator("#ranking tbody tr").First).ToHaveAttributeAsync("data-rank", best.Code);
            await Expect(centre.Page.Locator($"[data-rank='{best.Code}'] .figure").First).ToHaveTextAsync("23.00");
            await centre.Page.ClickAsync($"[data-select='{best.Code}']");
            await Expect(centre.Page.Locator($"[data-selected='{best.Code}']")).ToBeVisibleAsync();
            await Expect(centre.Page.Locator($"[data-selection='{domain}'] [data-confirmed]")).ToHaveTextAsync("待科技部確認");
            await Expect(centre.Page.Locator($"[data-confirm='{domain}']")).ToHaveCountAsync(0);
            await centre.ShotAsync("selected");
        }

        await using (var officer = await SignedInAsync("ministry-officer", "visit-confirm"))
        {
            await officer.GoAsync(ranking);
            await Expect(officer.Page.Locator($"[data-select='{second.Code}']")).ToHaveCountAsync(0);
            await officer.Page.ClickAsync($"[data-confirm='{domain}']");
            await Expect(officer.Page.Locator($"[data-selection='{domain}'] [data-confirmed]")).ToHaveAttributeAsync("data-confirmed", "true");
            await officer.ShotAsync("confirmed");
        }

        await using var read = await UiSession.OpenAsync(browser, system, "visit-published");
        await read.SignInAsync(reviewer.UserName, TestAccounts.StrongPassword);
        await read.GoAsync("/site-visits/outstanding?year=108");
        await Expect(read.Page.Locator($"#published [data-domain='{domain}'] td")).ToHaveTextAsync(["查訪測試領域", "國立臺灣大學", "測試 pi", "精密機械技術聯盟"]);
        await read.ShotAsync("published");
    }

    [Fact]
    public async Task Centre_FlagsAnAllianceAndRecordsCaseCounselling_ThePiReadsThemUnderItsHeading_AndTheFlagIsCleared()
    {
        var data = new SiteVisitPagesData(system);
        var pi = await new TestAccounts(system).CreateAsync(["pi"]);
        var alliance = await data.AllianceAsync(piUserName: pi.UserName);
        await using var centre = await SignedInAsync("centre-admin", "counselling-centre");

        await centre.GoAsync("/site-visits/abnormal");
        await centre.Page.SelectOptionAsync("#flag-alliance", alliance.Id.ToString());
        await centre.Page.FillAsync("#flag-reason", "會員數連續兩年未達標準");
        await centre.Page.ClickAsync("#flag-abnormal");
        await Expect(centre.Page.Locator($"#abnormal [data-flag='{alliance.Code}']")).ToContainTextAsync("會員數連續兩年未達標準");

        await centre.GoAsync($"/alliances/{alliance.Id}/counselling?year=108");
        await Expect(centre.Page.Locator("#abnormal-flag")).ToContainTextAsync("會員數連續兩年未達標準");
        await centre.Page.SelectOptionAsync("#session-kind", "case");
        await centre.Page.FillAsync("#session-date", "2019-06-05");
        await centre.Page.FillAsync("#session-notes", "深度訪談主持人及三家會員廠商");
        await centre.Page.FillAsync("#session-recommendations", "增聘專任助理，每季舉辦會員交流");
        await centre.Page.ClickAsync("#record-session");
        await Expect(centre.Page.Locator("[data-session=case]")).ToContainTextAsync("個案輔導");
        await Expect(centre.Page.Locator("[data-session=case] .recommendations")).ToHaveTextAsync("增聘專任助理，每季舉辦會員交流");
        await centre.ShotAsync("counselling-recorded");

        await using (var read = await UiSession.OpenAsync(browser, system, "counselling-pi"))
        {
            await read.SignInAsync(pi.UserName, TestAccounts.StrongPassword);
            await read.GoAsync($"/alliances/{alliance.Id}/members");
            await read.Page.ClickAsync("#alliance-counselling");
            await Expect(read.Page.Locator("#abnormal-flag")).ToContainTextAsync("會員數連續兩年未達標準");
            await read.Page.SelectOptionAsync("#year", "108");
            await Expect(read.Page.Locator("[data-session=case] .recommendations")).ToHaveTextAsync("增聘專任助理，每季舉辦會員交流");
            await Expect(read.Page.Locator("#new-session")).ToHaveCountAsync(0);
            await Expect(read.Page.Locator("#flag-form")).ToHaveCountAsync(0);
        }

        await centre.GoAsync("/site-visits/abnormal");
        await centre.Page.ClickAsync($"[data-clear='{alliance.Code}']");
        await centre.Page.FillAsync("#clear-note", "已完成個案輔導並改善");
        await centre.Page.ClickAsync("#confirm-clear");
        await Expect(centre.Page.Locator($"[data-flag='{alliance.Code}']")).ToHaveCountAsync(0);
    }

    /// <summary>A browser signed in as a new account of <paramref name="role"/>, its authenticator enrolled as officers and centre staff must.</summary>
    private async Task<UiSession> SignedInAsync(string role, string name)
    {
        var userName = TestAccounts.UniqueName(role[..3]);
        var password = TestAccounts.NewPassword();
        await new TestAccounts(system).CreateAccountAsync(userName, password, [role]);
        var ui = await UiSession.OpenAsync(browser, system, name);
        await ui.SignInAsync(userName, password);
        await ui.EnrolSecondFactorAsync();
        return ui;
    }
}
