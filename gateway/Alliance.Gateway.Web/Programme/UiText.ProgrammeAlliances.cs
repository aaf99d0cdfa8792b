namespace Alliance.Gateway.Web.Text;

/// <summary>The alliance list with flags (警示) and the home pages' panels built on it.</summary>
public static partial class UiText
{
    public static readonly Phrase ProgrammeAlliances = new("聯盟列表與警示", "Alliances and flags");
    public static readonly Phrase ProgrammeAlliancesHint = new(
        "各聯盟的數值與其目標並列；填報狀態為目前期別（{0}）的狀態。點選表頭可排序。",
        "Each alliance's figures beside its targets; the status is the current round's ({0}). Click a heading to sort.");
    public static readonly Phrase AllFilter = new("全部", "all");
    public static readonly Phrase FlagFilter = new("警示", "Flag");
    public static readonly Phrase StatusFilter = new("填報狀態", "Report status");
    public static readonly Phrase NoAlliancesMatch = new("沒有符合條件的聯盟。", "No alliance matches.");
    public static readonly Phrase FigureAgainstTarget = new("{0}（目標 {1}）", "{0} (target {1})");
    public static readonly Phrase FlagsColumn = new("警示", "Flags");
    public static readonly Phrase OutstandingBadge = new("績優", "Outstanding");
    public static readonly Phrase NoFlags = new("無警示", "no flags");
    public static readonly Phrase ClearsWhen = new("解除條件：{0}", "Clears when: {0}");

    public static Phrase FlagName(string code) => code switch
    {
        "not-self-sufficient" => new("未自給自足", "Not self-sufficient"),
        "revenue-not-growing" => new("營運收入未成長", "Revenue not growing"),
        "members-below-target" => new("廠商會員未達目標", "Firm members below target"),
        "abnormal" => new("異常", "Abnormal"),
        _ => Unrecognised(code),
    };

    public static readonly string[] FlagCodes = ["not-self-sufficient", "revenue-not-growing", "members-below-target", "abnormal"];

    public static readonly string[] RoundStatusCodes = ["not-started", "draft", "submitted", "reopened", "audited"];

    public static readonly Phrase HomeRoundCounts = new("目前期別（{0}）填報狀態", "Current round ({0}): report statuses");
    public static readonly Phrase HomeFlagged = new("有警示的聯盟", "Flagged alliances");
    public static readonly Phrase HomeNoFlagged = new("目前沒有聯盟有警示。", "No alliance is flagged.");
    public static readonly Phrase HomeYourAlliances = new("您的聯盟：期限、填報狀態與警示（{0} 年度）", "Your alliances: deadlines, statuses and flags ({0})");
    public static readonly Phrase HomeNoYearAlliances = new("您的聯盟本年度尚無核定補助款。", "None of your alliances has an approved subsidy this year.");
    public static readonly Phrase DueByColumn = new("本期送出期限", "Due by");
    public static readonly Phrase NextDeadlineColumn = new("下一個期限", "Next deadline");
    public static readonly Phrase OverdueBy = new("已逾期 {0} 日", "{0} days overdue");
}
