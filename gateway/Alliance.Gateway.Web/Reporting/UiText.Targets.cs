namespace Alliance.Gateway.Web.Text;

/// <summary>The expected targets (預期成果) page: the form, its status, the rules' verdicts and the centre's audit.</summary>
public static partial class UiText
{
    public static readonly Phrase TargetsHint = new(
        "請為本年度每項指標填寫目標值；金額以元填寫（括號內為仟元）。未填完可先儲存草稿，送出時須全部填寫。",
        "Enter a target for each KPI of the year; amounts in NTD (thousands shown beside). Save a draft any time; submitting needs every KPI.");
    public static readonly Phrase TargetsReadOnly = new("您可查看此聯盟的預期成果，但不能修改。", "You may read this alliance's targets but not change them.");
    public static readonly Phrase TargetStatusLabel = new("狀態", "Status");
    public static readonly Phrase TargetDeadline = new("送出期限：{0}", "Due by {0}");
    public static readonly Phrase SubmittedByAt = new("{0} 於 {1} 送出", "Submitted by {0} on {1}");
    public static readonly Phrase AuditedByAt = new("{0} 於 {1} 審查", "Audited by {0} on {1}");
    public static readonly Phrase LateBy = new("逾期 {0} 日送出", "Submitted {0} days late");
    public static readonly Phrase PhaseOfYear = new("本年度期別：{0} {1}", "Phase this year: {0}, {1}");
    public static readonly Phrase TargetColumn = new("目標值", "Target");
    public static readonly Phrase LastYearTarget = new("上年度目標值", "Last year's target");
    public static readonly Phrase CentreNote = new("工程中心意見", "The centre's note");
    public static readonly Phrase ProposalFirmMembers = new("計畫書原訂廠商會員目標數（家）", "The proposal's original firm-member target");
    public static readonly Phrase OfferedFromLastYear = new("已帶入上年度填寫的值（{0}），請確認。", "Last year's figure ({0}) is filled in: check it.");
    public static readonly Phrase FirmTotalShort = new("總數", "Total");
    public static readonly Phrase SaveTargetsDraft = new("儲存草稿", "Save the draft");
    public static readonly Phrase SubmitTargets = new("送出", "Submit");
    public static readonly Phrase TargetsSubmitted = new("預期成果已送出。", "The targets are submitted.");
    public static readonly Phrase TargetsStillMissing = new("送出前仍須填寫：{0}", "Still needed before submitting: {0}");
    public static readonly Phrase PhaseOneYearThreeSkipped = new(
        "第一期第三年的目標值不在系統中，「第二期指標不得低於第一期第三年指標」的檢查未執行。",
        "The phase-1 year-3 targets are not in the system, so the rule that phase-2 targets are not below them was not checked.");
    public static readonly Phrase ApproveTargets = new("核定", "Approve");
    public static readonly Phrase Approved = new("已核定。", "Approved.");
    public static readonly Phrase ReturnTargets = new("退回修正", "Return for correction");
    public static readonly Phrase ReturnHint = new("請在需要修正的指標旁寫下說明（至少一項），再按「退回修正」。", "Write a note beside each KPI to correct (at least one), then return the targets.");
    public static readonly Phrase Returned = new("已退回。", "Returned.");
    public static readonly Phrase NoteFor = new("說明", "Note");
    public static readonly Phrase Exceptions = new("規則例外", "Exceptions to the rules");
    public static readonly Phrase RecordException = new("記錄例外", "Record the exception");
    public static readonly Phrase ExceptionRule = new("規則", "Rule");
    public static readonly Phrase ExceptionNote = new("例外說明", "Why the exception");
    public static readonly Phrase ExceptionRecorded = new("已記錄例外。", "The exception is recorded.");
    public static readonly Phrase ExceptionBy = new("{0} 於 {1} 記錄", "Recorded by {0} on {1}");
    public static readonly Phrase TargetsHistory = new("預期成果異動紀錄", "Targets history");
    public static readonly Phrase ShowHistory = new("異動紀錄", "History");

    public static Phrase TargetStatus(string? status) => status switch
    {
        "draft" => new("草稿", "draft"),
        "submitted" => new("已送出，待審查", "submitted, awaiting the audit"),
        "returned" => new("已退回修正", "returned for correction"),
        "approved" => new("已核定", "approved"),
        _ => new("尚未填寫", "not started"),
    };

    public static Phrase TargetRule(string rule) => rule switch
    {
        "member-target-below-proposal" => new("廠商會員目標數至少為計畫書原訂目標 + 3", "Firm-member target at least the proposal's + 3"),
        "member-target-not-growing" => new("廠商會員目標數比上年度目標至少成長 3 家", "Firm-member target at least last year's + 3"),
        "below-phase-one-year-three" => new("第二期指標不得低於第一期第三年指標", "Phase-2 targets not below phase 1, year 3"),
        _ => Unrecognised(rule),
    };

    public static Phrase VerdictOutcome(string outcome) => outcome switch
    {
        "passed" => new("符合", "met"),
        "refused" => new("不符，送出時將被退回", "not met: a submission is refused"),
        "excepted" => new("不符，工程中心已同意例外", "not met, excepted by the centre"),
        "skipped" => new("未檢查（系統中沒有可比較的目標）", "not checked (nothing to compare with)"),
        "pending" => new("待填寫後檢查", "checked once filled in"),
        _ => new("不適用", "does not apply"),
    };

    /// <summary>A firm-member breakdown's part, as the member row names it.</summary>
    public static Phrase BreakdownPart(string part) => part switch
    {
        "total" => new("總會員數", "total"),
        "paid" => PaidMembers,
        "free" => FreeMembers,
        "north" => new("北部", "north"),
        "central" => new("中部", "central"),
        "south" => new("南部", "south"),
        "east" => new("東部", "east"),
        "islandsAndOverseas" => new("離島及海外", "islands and overseas"),
        _ => Unrecognised(part),
    };
}
