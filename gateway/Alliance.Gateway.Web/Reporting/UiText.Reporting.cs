namespace Alliance.Gateway.Web.Text;

/// <summary>The reporting pages: the programme's years and calendar, expected targets and the summary table, in the GLOSSARY's terms.</summary>
public static partial class UiText
{
    public static readonly Phrase ReportingTitle = new("成果填報", "Reporting");
    public static readonly Phrase ReportingHub = new("請選擇聯盟，查看或填寫其預期成果與成果綜整表。", "Choose an alliance to read or fill in its expected targets and summary table.");
    public static readonly Phrase YearsAndCalendar = new("年度與行事曆", "Programme years and calendar");
    public static readonly Phrase ExpectedTargets = new("預期成果", "Expected targets");
    public static readonly Phrase SummaryTable = new("成果綜整表", "Summary table");
    public static readonly Phrase CalendarReadOnly = new("年度與期限由工程中心管考人員設定；您可查看但不能修改。", "The centre's administrators set the years and their deadlines; you may read them but not change them.");

    public static readonly Phrase OpenedYears = new("已開啟的年度", "Opened years");
    public static readonly Phrase NoYearsOpened = new("尚未開啟任何年度。", "No programme year has been opened yet.");
    public static readonly Phrase OpenYear = new("開啟年度", "Open the year");
    public static readonly Phrase YearToOpen = new("要開啟的年度（民國年）", "Year to open (ROC year)");
    public static readonly Phrase YearOpened = new("已開啟 {0} 年度。", "Programme year {0} opened.");
    public static readonly Phrase YearStatusLabel = new("狀態", "Status");
    public static readonly Phrase YearPeriod = new("年度期間", "Period");
    public static readonly Phrase Cutoff = new("會員計算基準日", "Member cutoff date");
    public static readonly Phrase OpenedByAt = new("{0} 於 {1} 開啟", "Opened by {0} on {1}");
    public static readonly Phrase ClosedByAt = new("{0} 於 {1} 結案", "Closed by {0} on {1}");
    public static readonly Phrase YearNotOpenedNote = new("此年度尚未開啟；以下為預設期限。開啟後才能填寫預期成果。", "This year is not opened yet; the deadlines below are the defaults. Targets can be filled in once it is opened.");
    public static readonly Phrase YearClosedNote = new("此年度已結案，資料不再變更。", "This year is closed; nothing of it changes any more.");
    public static readonly Phrase Deadlines = new("期限", "Deadlines");
    public static readonly Phrase DeadlineLabel = new("項目", "What");
    public static readonly Phrase DeadlineDate = new("期限", "Due by");
    public static readonly Phrase SaveDeadlines = new("儲存期限", "Save the deadlines");
    public static readonly Phrase DeadlinesLockNothing = new("期限不會鎖住任何資料：逾期仍可填報與送出，系統會註記逾期天數。", "A deadline locks nothing: late work is accepted and marked late, with how late.");
    public static readonly Phrase NothingChanged = new("沒有變更。", "Nothing changed.");
    public static readonly Phrase Rounds = new("填報期別", "Report rounds");
    public static readonly Phrase RoundLabel = new("期別", "Round");
    public static readonly Phrase RoundPeriod = new("計入期間（季）", "Period counted (quarterly)");
    public static readonly Phrase CloseYear = new("年度結案", "Close the year");
    public static readonly Phrase ConfirmCloseYear = new(
        "結案後，此年度的期限、各聯盟的期別、預期成果與成果報告都不能再修改或送出，也無法重新開啟。請確認本年度的查核都已完成。確定結案？",
        "Once closed, nothing of this year changes any more: its deadlines, the alliances' phases, the targets and the reports can no longer be changed or submitted, and the year cannot be reopened. Make sure its audits are done. Close the year?");
    public static readonly Phrase YearClosedDone = new("已結案。", "The year is closed.");
    public static readonly Phrase YearHistory = new("年度異動紀錄", "Year history");

    public static readonly Phrase PhasesOfYear = new("各聯盟本年度期別", "Each alliance's phase this year");
    public static readonly Phrase PhasesHint = new("規則依各聯盟在該年度的期別判斷；開啟年度時（或聯盟登錄時）記錄，工程中心可更正。", "The rules read each alliance's phase in the year: recorded when the year opens (or the alliance registers); the centre corrects it.");
    public static readonly Phrase PickAlliance = new("選擇聯盟", "Choose an alliance");
    public static readonly Phrase PhaseSourceLabel = new("來源", "Source");
    public static readonly Phrase NoPhaseRecorded = new("尚未記錄", "none recorded");
    public static readonly Phrase CorrectPhase = new("更正期別", "Correct the phase");

    public static Phrase PhaseSource(string? source) => source switch
    {
        "opening" => new("年度開啟時記錄", "recorded when the year opened"),
        "registration" => new("聯盟登錄時記錄", "recorded when the alliance registered"),
        "centre" => new("工程中心更正", "corrected by the centre"),
        _ => NoPhaseRecorded,
    };

    /// <summary>A step in a year's or targets' history, by the reporting service's action names.</summary>
    public static Phrase ReportingAction(string action) => action switch
    {
        "opened" => new("開啟年度", "opened"),
        "deadlines-changed" => new("修改期限", "deadlines changed"),
        "closed" => new("年度結案", "closed"),
        "saved" => new("儲存", "saved"),
        "submitted" => new("送出", "submitted"),
        "returned" => new("退回修正", "returned"),
        "approved" => new("核定", "approved"),
        "exception-recorded" => new("記錄例外", "exception recorded"),
        _ => new(action, action),
    };

    public static Phrase YearStatus(string? status) => status switch
    {
        "open" => new("開放中", "open"),
        "closed" => new("已結案", "closed"),
        _ => new("尚未開啟", "not opened"),
    };

    public static Phrase DeadlineName(string code) => code switch
    {
        "targets" => new("預期成果填報", "Expected targets"),
        "targets-corrections" => new("預期成果修正", "Corrections to the targets"),
        "website" => new("聯盟網站及看板", "Alliance website and banner"),
        "progress-1" => new("工作進度回報（2–4 月）", "Progress return (Feb–Apr)"),
        "progress-2" => new("工作進度回報（5–7 月）", "Progress return (May–Jul)"),
        "kpi-1" => new("第一次KPI填報", "First KPI report"),
        "midterm-report" => new("期中報告上傳", "Mid-term report"),
        "kpi-1-corrections" => new("第一次KPI填報補件", "Corrections to the first KPI report"),
        "kpi-2" => new("第二次KPI填報", "Second KPI report"),
        "review-results" => new("期中審查結果公布", "Mid-term review results"),
        "kpi-2-corrections" => new("第二次KPI填報補件", "Corrections to the second KPI report"),
        _ => Unrecognised(code),
    };

    /// <summary>A report round by its id (<c>108-kpi-1</c>): the year and the round's kind.</summary>
    public static Phrase RoundName(string roundId)
    {
        var dash = roundId.IndexOf('-', StringComparison.Ordinal);
        var (year, kind) = dash > 0 ? (roundId[..dash], roundId[(dash + 1)..]) : ("", roundId);
        Phrase name = kind switch
        {
            "progress-1" => new("工作進度（2–4 月）", "progress return (Feb–Apr)"),
            "progress-2" => new("工作進度（5–7 月）", "progress return (May–Jul)"),
            "kpi-1" => new("第一次KPI填報（2–10 月）", "first KPI report (Feb–Oct)"),
            "kpi-2" => new("第二次KPI填報（11–1 月）", "second KPI report (Nov–Jan)"),
            _ => Unrecognised(kind),
        };
        return new($"{year} 年度 {name.Zh}", $"{year} {name.En}");
    }
}
