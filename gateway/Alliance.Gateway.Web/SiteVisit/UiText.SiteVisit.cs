using RocYears = Alliance.Programme.ProgrammeYear;

namespace Alliance.Gateway.Web.Text;

/// <summary>The site-visit pages: visits, reviewers, review forms, the ranking, outstanding alliances and counselling, in DOMAIN.md's terms.</summary>
public static partial class UiText
{
    public static readonly Phrase SiteVisits = new("實地查訪", "Site visits");
    public static readonly Phrase VisitCalendar = new("實地查訪行事曆", "Site-visit calendar");
    public static readonly Phrase MyVisits = new("我的查訪", "My visits");
    public static readonly Phrase ScheduleVisit = new("排定查訪", "Schedule a visit");
    public static readonly Phrase SiteVisitTitle = new("實地查訪", "Site visit");
    public static readonly Phrase ReviewForm = new("實地查訪審查表", "Site-visit review form");
    public static readonly Phrase Ranking = new("查訪排名與績優聯盟評選", "Ranking and outstanding alliances");
    public static readonly Phrase OutstandingAlliances = new("績優聯盟", "Outstanding alliances");
    public static readonly Phrase Counselling = new("輔導紀錄", "Counselling");
    public static readonly Phrase AbnormalAlliances = new("異常聯盟", "Abnormal alliances");
    public static readonly Phrase SiteVisitsReadOnly = new("實地查訪由工程中心管考人員安排；您可查看但不能修改。", "The centre's administrators run the site visits; you may read them but not change them.");

    public static readonly Phrase MonthView = new("月曆", "Month");
    public static readonly Phrase ListView = new("列表", "List");
    public static readonly Phrase PreviousMonth = new("上個月", "Previous month");
    public static readonly Phrase NextMonth = new("下個月", "Next month");
    public static readonly Phrase AllDomains = new("全部領域", "All domains");
    public static readonly Phrase NoVisits = new("尚無查訪。", "No visits.");
    public static readonly Phrase Weekdays = new("日,一,二,三,四,五,六", "Sun,Mon,Tue,Wed,Thu,Fri,Sat");

    public static readonly Phrase VisitDate = new("查訪日期", "Date");
    public static readonly Phrase VisitTime = new("開始時間", "Starts at");
    public static readonly Phrase VisitWhen = new("查訪時間", "When");
    public static readonly Phrase Agenda = new("議程", "Agenda");
    public static readonly Phrase AgendaItem = new("議程項目 {0}", "Agenda item {0}");
    public static readonly Phrase AddAgendaItem = new("新增議程項目", "Add an agenda item");
    public static readonly Phrase RemoveAgendaItem = new("移除", "Remove");
    public static readonly Phrase OutsideWindowReason = new("於 4 月至 7 月以外查訪的原因", "Why the visit is outside April–July");
    public static readonly Phrase OutsideWindowHint = new("實地查訪期間為 4 月至 7 月；此日期在期間外，請說明原因。", "Site visits run April to July; this date is outside that window, so say why.");
    public static readonly Phrase VisitStatusLabel = new("狀態", "Status");
    public static readonly Phrase ChangeVisit = new("修改查訪", "Change the visit");

    public static readonly Phrase Reviewers = new("審查委員", "Reviewers");
    public static readonly Phrase ReviewerUserName = new("審查委員帳號", "Reviewer's user name");
    public static readonly Phrase PickReviewer = new("選擇審查委員", "Choose a reviewer");
    public static readonly Phrase AssignReviewer = new("指派", "Assign");
    public static readonly Phrase UnassignReviewer = new("移除", "Remove");
    public static readonly Phrase NoReviewers = new("尚未指派審查委員。", "No reviewers assigned yet.");
    public static readonly Phrase ReviewerAssigned = new("已指派 {0}。", "{0} assigned.");
    public static readonly Phrase ReviewerUnassigned = new("已移除 {0}。", "{0} removed.");

    public static readonly Phrase SubmittedForms = new("已送出的審查表", "Submitted forms");
    public static readonly Phrase NoSubmittedForms = new("尚無已送出的審查表。", "No forms submitted yet.");
    public static readonly Phrase ReviewPointLabel = new("查訪重點", "Review point");
    public static readonly Phrase PointAverage = new("平均", "Average");
    public static readonly Phrase FormTotal = new("總分", "Total");
    public static readonly Phrase AverageTotal = new("總分平均", "Average total");
    public static readonly Phrase MarkCompleted = new("標示為已完成", "Mark completed");
    public static readonly Phrase ConfirmComplete = new("完成後審查表不能再修改或送出，審查委員也不能再異動。確定標示為已完成？", "Once completed, no form can be saved or submitted and the reviewers cannot change. Mark the visit completed?");
    public static readonly Phrase VisitCompletedNote = new("此查訪已完成，審查表已定案。", "This visit is completed: its forms are final.");

    public static readonly Phrase OpenForm = new("填寫審查表", "Fill in the form");
    public static readonly Phrase ViewForm = new("查看審查表", "Read the form");
    public static readonly Phrase MyFormStatus = new("我的審查表", "My form");
    public static readonly Phrase FormNotStarted = new("未填寫", "not started");
    public static readonly Phrase FormDraft = new("草稿", "draft");
    public static readonly Phrase FormSubmitted = new("已送出", "submitted");
    public static readonly Phrase Score = new("分數（1–5）", "Score (1–5)");
    public static readonly Phrase PointComment = new("意見", "Comment");
    public static readonly Phrase OverallComment = new("綜合意見", "Overall comment");
    public static readonly Phrase RecommendationLabel = new("建議", "Recommendation");
    public static readonly Phrase SaveDraft = new("儲存草稿", "Save draft");
    public static readonly Phrase DraftSavedAt = new("草稿已儲存（{0}）", "Draft saved at {0}");
    public static readonly Phrase DraftSaving = new("儲存中…", "Saving…");
    public static readonly Phrase DraftUnsaved = new("有尚未儲存的修改", "Changes not saved yet");
    public static readonly Phrase DraftSavedHint = new("輸入的內容會自動儲存為草稿，離開後再回來仍可繼續填寫。", "What you type is saved as a draft as you go; leave and come back to carry on.");
    public static readonly Phrase DraftReloaded = new("此審查表已在他處修改，已載入最新內容。", "This form was changed elsewhere; the latest version has been loaded.");
    public static readonly Phrase SubmitForm = new("送出審查表", "Submit the form");
    public static readonly Phrase ConfirmSubmit = new("送出後不能再修改。確定送出？", "Once submitted, the form cannot be changed. Submit it?");
    public static readonly Phrase StillMissing = new("尚未完成：{0}", "Still missing: {0}");
    public static readonly Phrase FormSubmittedNote = new("您已於 {0} 送出審查表。", "You submitted this form on {0}.");
    public static readonly Phrase OtherForms = new("各審查委員的審查表", "The reviewers' forms");
    public static readonly Phrase FormsAfterSubmitting = new("送出您的審查表後，即可查看其他審查委員的審查表。", "Once you submit your form, you can read the other reviewers' forms.");

    public static readonly Phrase Rank = new("名次", "Rank");
    public static readonly Phrase FormsCount = new("審查表數", "Forms");
    public static readonly Phrase NoRanking = new("此領域本年度尚無已送出審查表的查訪。", "No visit in this domain has a submitted form this year.");
    public static readonly Phrase RankingRule = new(
        "依總分平均由高至低排序；同分時以最低一份審查表總分較高者優先，再依聯盟代碼。",
        "Ranked by average total, highest first; ties go to the higher lowest form total, then by alliance code.");
    public static readonly Phrase SelectOutstanding = new("選為績優聯盟", "Select as outstanding");
    public static readonly Phrase ConfirmOutstanding = new("確認", "Confirm");
    public static readonly Phrase OutstandingSelected = new("已選定", "selected");
    public static readonly Phrase OutstandingConfirmed = new("已確認", "confirmed");
    public static readonly Phrase AwaitingConfirmation = new("待科技部確認", "awaiting the ministry's confirmation");
    public static readonly Phrase NoSelection = new("尚未選定", "none selected");
    public static readonly Phrase Selections = new("各領域績優聯盟", "Outstanding alliance per domain");
    public static readonly Phrase DomainColumn = new("領域別", "Domain");
    public static readonly Phrase PiColumn = new("主持人", "PI");
    public static readonly Phrase ProjectName = new("計畫名稱", "Project");
    public static readonly Phrase NoPublished = new("本年度尚未公布績優聯盟。", "No outstanding alliances have been published for this year.");

    public static readonly Phrase CounsellingKindLabel = new("輔導類別", "Kind");
    public static readonly Phrase CounsellingDate = new("日期", "Date");
    public static readonly Phrase CounsellingNotes = new("紀錄", "Notes");
    public static readonly Phrase CounsellingRecommendations = new("輔導建議", "Recommendations");
    public static readonly Phrase RecordCounselling = new("登錄輔導", "Record a session");
    public static readonly Phrase NoCounselling = new("尚無輔導紀錄。", "No counselling recorded.");

    public static readonly Phrase FlagAbnormal = new("標示異常", "Flag as abnormal");
    public static readonly Phrase FlagReason = new("異常原因", "Reason");
    public static readonly Phrase ClearFlag = new("解除異常", "Clear the flag");
    public static readonly Phrase ClearNote = new("解除說明", "Note");
    public static readonly Phrase FlaggedAt = new("標示時間", "Flagged");
    public static readonly Phrase NoAbnormal = new("目前沒有異常聯盟。", "No alliance is flagged abnormal.");
    public static readonly Phrase FlaggedNote = new("本聯盟目前標示為異常：{0}", "This alliance is flagged abnormal: {0}");
    public static readonly Phrase NotFlagged = new("本聯盟目前沒有異常標示。", "This alliance is not flagged abnormal.");

    public static Phrase VisitStatus(string? status) => status switch
    {
        "scheduled" => new("已排定", "scheduled"),
        "completed" => new("已完成", "completed"),
        _ => Unrecognised(status),
    };

    public static Phrase FormStatus(string? status) => status switch
    {
        "not-started" => FormNotStarted,
        "draft" => FormDraft,
        "submitted" => FormSubmitted,
        _ => Unrecognised(status),
    };

    public static Phrase Recommendation(string? code) => code switch
    {
        "outstanding-candidate" => new("推薦為績優聯盟", "outstanding candidate"),
        "satisfactory" => new("表現良好", "satisfactory"),
        "needs-improvement" => new("待改善", "needs improvement"),
        "abnormal" => new("異常", "abnormal"),
        _ => Unrecognised(code),
    };

    /// <summary>A review point by its code, for when the service's own name is not at hand.</summary>
    public static Phrase ReviewPoint(string? code) => code switch
    {
        "time-split" => new("時間分配（主持人簡報約五分之一，會員自行報告約五分之四）", "The time split (the PI's report a fifth, the members' own presentations four fifths)"),
        "core-technology-application" => new("會員應用核心技術情形", "How members apply the core technology"),
        "promotion-highlights" => new("推廣亮點或成功案例", "Promotion highlights or success cases"),
        "public-showing" => new("服務會員成果之公開程度", "How publicly the results of serving members are shown"),
        "sustainability" => new("永續經營模式或困難", "The sustainability model or its difficulties"),
        "recommendation" => RecommendationLabel,
        _ => Unrecognised(code),
    };

    public static Phrase CounsellingKind(string? kind) => kind switch
    {
        "lecture" => new("新創聯盟講習", "lecture for newly started alliances"),
        "case" => new("個案輔導", "case counselling"),
        "marketing-demonstration" => new("行銷示範輔導", "marketing-demonstration counselling"),
        _ => Unrecognised(kind),
    };

    /// <summary>The month's title: ROC year in Chinese (108 年 5 月), month and year in English (May 2019).</summary>
    public static Phrase MonthTitle(int year, int month) => new(
        $"{year - RocYears.RocOffset} 年 {month} 月",
        new DateOnly(year, month, 1).ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture));
}
