using Alliance.ServiceDefaults.Problems;
using Alliance.SiteVisit.Domain;

namespace Alliance.SiteVisit.Api.Apis;

/// <summary>What each rule says to the user, in both languages, and the 422s of site-visit.</summary>
internal static class RuleMessages
{
    public const string UnknownAllianceCode = "unknown-alliance";
    public const string AllianceCannotChangeCode = "alliance-cannot-change";
    public const string NotAReviewerCode = "not-a-reviewer";

    /// <summary>The 422 for one broken rule, naming its field, with the rule's code.</summary>
    public static DomainException Refusal(RuleBreach breach, ProgrammeYear year) =>
        DomainException.RuleViolated(breach.Field, For(breach.Rule, year), breach.Code);

    /// <summary>The 422 for a form that cannot be submitted: one <c>form-incomplete</c> naming every open field.</summary>
    public static DomainException Incomplete(IReadOnlyList<RuleBreach> breaches)
    {
        var message = For(SiteVisitRule.FormIncomplete, default);
        var errors = breaches.ToDictionary(b => b.Field, b => new[]
        {
            b.Field == "recommendation" ? new LocalizedText("請選擇建議。", "Choose a recommendation.") : new LocalizedText("請給分（1–5）。", "Give a score (1–5)."),
        });
        return new DomainException(ErrorCode.RuleViolated, message, errors) { Rule = SiteVisitRuleCodes.Code(SiteVisitRule.FormIncomplete) };
    }

    public static DomainException UnknownAlliance() => DomainException.RuleViolated("allianceId",
        new("查訪服務不知道此聯盟；請確認聯盟已在計畫名單上。", "Site-visit does not know this alliance; check that it is on the programme's roster."), UnknownAllianceCode);

    public static DomainException AllianceCannotChange() => DomainException.RuleViolated("allianceId",
        new("查訪的受訪聯盟不能變更；請另排一次查訪。", "A visit's alliance cannot change; schedule another visit instead."), AllianceCannotChangeCode);

    public static DomainException NotAReviewer() => DomainException.RuleViolated("reviewerUserName",
        new("此帳號不是（或已停用的）審查委員帳號。", "No enabled account with the reviewer role has this user name."), NotAReviewerCode);

    public static LocalizedText For(SiteVisitRule rule, ProgrammeYear year) => rule switch
    {
        SiteVisitRule.DateOutsideProgrammeYear => new(
            $"日期須在 {RocDate.Format(year.Start)} 至 {RocDate.Format(year.End)} 之間（{year.Roc} 年度，臺灣時間）。",
            $"The date must lie between {year.Start:yyyy-MM-dd} and {year.End:yyyy-MM-dd} (programme year {year.Roc}, Taiwan time)."),
        SiteVisitRule.OutsideVisitWindow => new(
            $"實地查訪於 4 月至 7 月進行（{RocDate.Format(VisitWindow.Of(year).Start)}–{RocDate.Format(VisitWindow.Of(year).End)}）；其他日期請填寫原因（reason）。",
            $"Site visits run April to July ({VisitWindow.Of(year).Start:yyyy-MM-dd} to {VisitWindow.Of(year).End:yyyy-MM-dd}); another date needs a reason."),
        SiteVisitRule.FormIncomplete => new(
            "審查表須填妥五項查訪重點的分數（1–5）及建議後才能送出。",
            "A form is submitted only with a score (1–5) for each of the five review points and a recommendation."),
        SiteVisitRule.AllianceNotInDomain => new("此聯盟不屬於這個領域。", "The alliance is not of this domain."),
        SiteVisitRule.AllianceNotVisited => new(
            "此聯盟在該年度沒有已送出審查表的實地查訪，不能選為績優聯盟。",
            "The alliance has no visit that year with a submitted form; it cannot be selected as outstanding."),
        SiteVisitRule.MarketingDemonstrationLimit => new(
            $"行銷展示輔導每年至多 {CounsellingRules.MarketingDemonstrationsPerYear} 個聯盟；今年已選定的聯盟才能再安排。",
            $"Marketing-demonstration counselling goes to at most {CounsellingRules.MarketingDemonstrationsPerYear} alliances a year; only those already chosen may have more."),
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
    };
}
