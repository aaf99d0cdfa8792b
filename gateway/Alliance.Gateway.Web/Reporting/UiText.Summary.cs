namespace Alliance.Gateway.Web.Text;

/// <summary>The summary table (成果綜整表): its rows, views and the records behind each actual.</summary>
public static partial class UiText
{
    public static readonly Phrase Quarterly = new("季綜整表", "Quarterly");
    public static readonly Phrase Cumulative = new("累計綜整表", "Cumulative");
    public static readonly Phrase ViewLabel = new("檢視", "View");
    public static readonly Phrase QuarterlyRange = new("計入 {0} 至 {1} 的收入與活動；會員以 {2} 為基準日", "Incomes and activities dated {0} to {1}; members at the cutoff {2}");
    public static readonly Phrase AmountsInThousands = new("金額單位：仟元", "Amounts in thousand NTD");
    public static readonly Phrase ActualColumn = new("實際達成值", "Actual");
    public static readonly Phrase LastYearResult = new("上年度執行成果", "Last year's result");
    public static readonly Phrase TargetNotYet = new("（未送出）", "(none submitted)");
    public static readonly Phrase OpenRecords = new("查看明細", "Show the records");
    public static readonly Phrase RecordsBehind = new("{0}：{1}的明細", "{0}: the records behind {1}");
    public static readonly Phrase NoRecordsBehind = new("沒有計入的紀錄。", "No records behind this figure.");
    public static readonly Phrase CountsYes = new("計入", "counts");
    public static readonly Phrase CountsNo = new("不計入", "does not count");
    public static readonly Phrase OpenRecord = new("開啟", "Open");
    public static readonly Phrase CountedShare = new("計入 30%：{0}", "counted at 30 %: {0}");
    public static readonly Phrase RecurringParts = new("會員費 {0}、技術服務 {1}、其它 {2}", "fees {0}, services {1}, other {2}");
    public static readonly Phrase PatentParts = new("申請 {0} 件、獲證 {1} 件", "applied {0}, granted {1}");
    public static readonly Phrase FirmBreakdown = new(
        "(1)總會員數: {0}家 (2)收費會員: {1}家 (3)免費會員: {2}家 (4)北部: {3}家 (5)中部: {4}家 (6)南部: {5}家 (7)東部: {6}家 (8)離島及海外: {7}家",
        "(1) total: {0} (2) paid: {1} (3) free: {2} (4) north: {3} (5) central: {4} (6) south: {5} (7) east: {6} (8) islands and overseas: {7}");
    public static readonly Phrase RoundStatusLabel = new("填報狀態：{0}", "Report status: {0}");
    public static readonly Phrase SubsidyUnknown = new("（未核定補助款）", "(no subsidy set)");

    public static Phrase RoundStatus(string? status) => status switch
    {
        "draft" => new("草稿", "draft"),
        "submitted" => new("已送出", "submitted"),
        "reopened" => new("補件中", "reopened for correction"),
        "audited" => new("已查核", "audited"),
        _ => new("尚未送出", "not started"),
    };

    /// <summary>A row of the summary table (and a KPI with a target) by its code, with its unit.</summary>
    public static Phrase KpiName(string kpi) => kpi switch
    {
        "firm-members" => new("廠商會員（家）", "Firm members"),
        "individual-members" => new("個人會員（位）", "Individual members"),
        "other-members" => new("其它會員（位）", "Other members"),
        "recurring-operating-revenue" => new("經常性營運收入（仟元）", "Recurring operating revenue (thousand NTD)"),
        "technology-transfer" => new("技術轉移收入（仟元）", "Technology-transfer income (thousand NTD)"),
        "industry-academia-cooperation" => new("產學合作收入（仟元）", "Industry–academia cooperation income (thousand NTD)"),
        "operating-revenue" => new("聯盟營運收入（仟元）", "Operating revenue (thousand NTD)"),
        "self-sufficiency-ratio" => SelfSufficiencyRatio,
        "technical-service-cases" => new("技術服務案件（件）", "Technical-service cases"),
        _ => ActivityKpi(kpi),
    };
}
