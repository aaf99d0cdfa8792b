namespace Alliance.Gateway.Web.Text;

/// <summary>A round's report on the summary page: texts, confirm and submit, versions, the centre's audit and downloads.</summary>
public static partial class UiText
{
    public static readonly Phrase SubmissionNumber = new("第 {0} 版", "version {0}");
    public static readonly Phrase LatestSubmission = new("第 {0} 版由 {1} 於 {2} 送出", "Version {0} submitted by {1} on {2}");
    public static readonly Phrase LateDays = new("逾期 {0} 日", "{0} days late");
    public static readonly Phrase LateByExactly = new("逾期 {0} 日（超過期限 {1}）", "{0} days late ({1} past the deadline)");
    public static readonly Phrase Duration = new("{0} 天 {1} 小時 {2} 分", "{0} d {1} h {2} min");
    public static readonly Phrase OnTime = new("準時", "on time");
    public static readonly Phrase SubmittedColumn = new("送出時數值", "As submitted");
    public static readonly Phrase VarianceColumn = new("簡要差異分析", "Variance analysis");
    public static readonly Phrase DiffersFromSubmitted = new("與送出時不同", "changed since submitted");
    public static readonly Phrase TextsSavedHint = new("簡要差異分析與效益說明會在輸入時自動儲存為草稿。", "Variance texts and narratives are saved as drafts as you type.");
    public static readonly Phrase Narratives = new("效益說明", "Benefits");
    public static readonly Phrase IndustryBenefits = new("產業效益", "Industry benefits");
    public static readonly Phrase AcademicBenefits = new("學界效益", "Academic benefits");
    public static readonly Phrase NoneWritten = new("（未填寫）", "(none written)");

    public static readonly Phrase ConfirmAndSubmit = new("確認送出", "Confirm and submit");
    public static readonly Phrase ConfirmSubmitReport = new(
        "確認送出後，以下內容將凍結為第 {0} 版：季綜整表與累計綜整表的全部數值、各列簡要差異分析、產業效益與學界效益。之後紀錄若有變動，表上會並列送出時與目前的數值；除非工程中心退回補件，不能再修改。確定送出？",
        "Once submitted, this is frozen as version {0}: both tables (quarterly and cumulative) with every figure, each row's variance text, and the industry and academic benefits. If records change later, the table shows the submitted figure beside the current one; nothing changes unless the centre reopens the report. Submit?");
    public static readonly Phrase SubmitDueBy = new("本次送出期限：{0}", "This submission is due by {0}");
    public static readonly Phrase SubmitWillBeLate = new("現在送出將註記為{0}。", "Submitting now is marked late: {0}.");
    public static readonly Phrase ReportSubmittedDone = new("已確認送出。", "The report is submitted.");
    public static readonly Phrase SubmitPiOnly = new("只有計畫主持人可以確認送出；助理可填寫差異分析與效益說明。", "Only the alliance's PI confirms and submits; an assistant writes the texts.");
    public static readonly Phrase SubmitAwaitsAudit = new("已送出，待工程中心查核；除非退回補件，內容不再修改。", "Submitted and awaiting the centre's audit; nothing changes unless it is reopened.");
    public static readonly Phrase SubmitAudited = new("工程中心已完成查核，內容不再修改。", "The centre completed its audit; the report no longer changes.");

    public static readonly Phrase Versions = new("送出版本", "Submitted versions");
    public static readonly Phrase NoVersions = new("尚未送出任何版本。", "No version submitted yet.");
    public static readonly Phrase VersionColumn = new("版本", "Version");
    public static readonly Phrase SubmittedAtColumn = new("送出時間", "Submitted");
    public static readonly Phrase SubmittedByColumn = new("送出者", "By");
    public static readonly Phrase PunctualityColumn = new("期限", "Deadline");
    public static readonly Phrase AfterwardsColumn = new("後續", "Then");
    public static readonly Phrase ReopenedAtWhy = new("{0} 由 {2} 退回補件：{1}", "Reopened on {0} by {2}: {1}");
    public static readonly Phrase AuditedOn = new("{0} 由 {1} 查核完成", "Audit completed on {0} by {1}");
    public static readonly Phrase CompareVersions = new("比較", "Compare");
    public static readonly Phrase CompareVersionA = new("版本 A", "Version A");
    public static readonly Phrase CompareVersionB = new("版本 B", "Version B");
    public static readonly Phrase ComparisonOf = new("第 {0} 版與第 {1} 版比較（{2}）", "Version {0} against version {1} ({2})");
    public static readonly Phrase RowChanged = new("有變動", "changed");

    public static readonly Phrase AuditTitle = new("查核", "Audit");
    public static readonly Phrase AuditNotes = new("查核意見", "Audit notes");
    public static readonly Phrase NoAuditNotes = new("尚無查核意見。", "No audit notes yet.");
    public static readonly Phrase OverallNote = new("查核記錄（整體）", "Overall (查核記錄)");
    public static readonly Phrase NoteOn = new("對象", "About");
    public static readonly Phrase NoteText = new("意見", "Note");
    public static readonly Phrase NoteByAt = new("{0} 於 {1}（第 {2} 版）", "{0} on {1} (version {2})");
    public static readonly Phrase WriteAuditNote = new("新增查核意見", "Add the note");
    public static readonly Phrase AuditNoteWritten = new("已新增查核意見。", "The note is added.");
    public static readonly Phrase ReopenReason = new("退回補件原因", "Why it goes back for correction");
    public static readonly Phrase ReopenReport = new("退回補件", "Reopen for correction");
    public static readonly Phrase ReportReopened = new("已退回補件。", "The report is reopened for correction.");
    public static readonly Phrase CompleteAudit = new("查核完成", "Complete the audit");
    public static readonly Phrase AuditCompleted = new("已完成查核。", "The audit is complete.");
    public static readonly Phrase AuditHint = new("退回補件須寫明原因，計畫主持人修正後再次送出；查核完成後本期報告不再變更。",
        "Reopening needs a reason; the PI corrects and submits again. Once the audit is complete the report no longer changes.");
    public static readonly Phrase ReopenedNotice = new("工程中心於 {0} 退回補件：{1}", "The centre reopened the report for correction on {0}: {1}");

    public static readonly Phrase DownloadExcel = new("下載 Excel（{0}）", "Download Excel ({0})");
    public static readonly Phrase DownloadPdf = new("下載 PDF（累計，送出版本）", "Download PDF (cumulative, as submitted)");
}
