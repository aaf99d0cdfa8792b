namespace Alliance.Gateway.Web.Text;

/// <summary>The programme view (計畫總覽): the per-domain table, the programme's targets, the charts and the alliance list with flags.</summary>
public static partial class UiText
{
    public static readonly Phrase ProgrammeView = new("計畫總覽", "Programme view");
    public static readonly Phrase ProgrammeViewHint = new(
        "各聯盟數值為其該年度第二次KPI填報之累計綜整表（全年度）；有核定補助款的聯盟才列入。金額單位：仟元（四捨五入）。",
        "Each alliance counts as its cumulative table of the year's second KPI report (the whole year) shows it; alliances with an approved subsidy only. Amounts in thousand NTD (rounded half away from zero).");
    public static readonly Phrase NoProgrammeAlliances = new("此年度沒有核定補助款的聯盟。", "No alliance has an approved subsidy this year.");
    public static readonly Phrase DownloadProgrammeExcel = new("下載 Excel", "Download Excel");
    public static readonly Phrase ProgrammeAlliancesLink = new("聯盟列表與警示", "Alliances and flags");
    public static readonly Phrase ProgrammeTotalRow = new("合計", "Total");

    public static readonly Phrase AllianceCountColumn = new("聯盟數", "Alliances");
    public static readonly Phrase SubsidyTotalColumn = new("核定補助款", "Subsidy");
    public static readonly Phrase SubsidyAverageColumn = new("平均補助款", "Average subsidy");
    public static readonly Phrase FirmMembersColumn = new("廠商會員", "Firm members");
    public static readonly Phrase IndividualMembersColumn = new("個人會員", "Individual members");
    public static readonly Phrase OtherMembersColumn = new("其它會員", "Other members");
    public static readonly Phrase RevenueTotalColumn = new("營運收入", "Operating revenue");
    public static readonly Phrase RevenueAverageColumn = new("平均營運收入", "Average revenue");
    public static readonly Phrase RecurringColumn = new("經常性營運收入", "Recurring revenue");
    public static readonly Phrase TechnologyTransferColumn = new("技術轉移收入", "Technology transfer");
    public static readonly Phrase CooperationColumn = new("產學合作收入", "Cooperation");
    public static readonly Phrase SelfSufficiencyColumn = new("自給自足率", "Self-sufficiency");
    public static readonly Phrase SelfSufficientCountColumn = new("自給自足聯盟數", "Self-sufficient alliances");

    public static readonly Phrase ProgrammeTargetTitle = new("計畫目標", "The programme's targets");
    public static readonly Phrase FirmMembersAgainstTarget = new("廠商會員 {0} 家，計畫目標 {1} 家（{2}）", "{0} firm members against the programme's target of {1} ({2})");
    public static readonly Phrase AgainstAllianceTargets = new("各聯盟自訂目標合計 {0} 家（{1}）", "The alliances' own targets add up to {0} ({1})");
    public static readonly Phrase SelfSufficientAgainstAim = new("自給自足聯盟 {0} 個，目標 {1} 個（{2}）", "{0} self-sufficient alliances against the aim of {1} ({2})");
    public static readonly Phrase ProgrammeTargetNotSet = new("本年度計畫目標尚未設定。", "The programme's targets for this year are not set yet.");
    public static readonly Phrase NoAllianceTargets = new("各聯盟尚未送出廠商會員目標。", "No alliance has submitted a firm-member target yet.");
    public static readonly Phrase ProgrammeTargetFirmMembers = new("廠商會員目標（家）", "Firm-member target");
    public static readonly Phrase ProgrammeTargetSelfSufficient = new("自給自足聯盟目標（個）", "Self-sufficient alliances aimed at");
    public static readonly Phrase SaveProgrammeTarget = new("儲存計畫目標", "Save the targets");
    public static readonly Phrase ProgrammeTargetSetBy = new("{0} 於 {1} 設定", "Set by {0} on {1}");

    public static readonly Phrase ChartSubsidy = new("各領域核定補助款（仟元）", "Subsidy per domain (thousand NTD)");
    public static readonly Phrase ChartAllianceCount = new("各領域聯盟數", "Alliances per domain");
    public static readonly Phrase ChartFirmMembers = new("各領域廠商會員數", "Firm members per domain");
    public static readonly Phrase ChartRevenue = new("各領域營運收入（仟元）", "Operating revenue per domain (thousand NTD)");
    public static readonly Phrase ChartRevenueAverage = new("各領域平均營運收入與平均補助款（仟元）", "Average revenue and average subsidy per domain (thousand NTD)");
    public static readonly Phrase ChartSelfSufficiency = new("近三年各領域自給自足率（%）", "Self-sufficiency per domain over three years (%)");
    public static readonly Phrase YearSeries = new("{0} 年度", "{0}");
    public static readonly Phrase OpenDomainAlliances = new("查看各領域的聯盟：", "Open a domain's alliances:");

    public static readonly Phrase Reached = new("已達成", "reached");
    public static readonly Phrase ShortBy = new("尚差 {0}", "{0} short");
}
