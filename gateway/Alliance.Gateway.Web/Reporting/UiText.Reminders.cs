namespace Alliance.Gateway.Web.Text;

/// <summary>The centre's reminders page: a year's settings, schedule, log and send-now.</summary>
public static partial class UiText
{
    public static readonly Phrase Reminders = new("截止提醒", "Deadline reminders");
    public static readonly Phrase RemindersHint = new(
        "系統於各期限前依下列天數與時間（臺灣時間），提醒尚未繳交之聯盟的計畫主持人與已核准助理；逾期後每週通知，至多八週。年度結案後不再寄送。",
        "Before each deadline, on the days and at the hour below (Taiwan time), the system reminds the PI and approved assistants of each alliance that has not submitted; after it, an overdue notice weekly for up to eight weeks. A closed year sends nothing.");
    public static readonly Phrase RemindersYearNotOpened = new("此年度尚未開啟，不會寄送提醒。", "This year is not opened: no reminders are sent for it.");
    public static readonly Phrase ReminderSettings = new("提醒設定", "Reminder settings");
    public static readonly Phrase DaysBefore = new("期限前幾天提醒（以逗號分隔）", "Days before each deadline (separated by commas)");
    public static readonly Phrase DaysBeforeFormat = new("請輸入以逗號分隔的天數，例如 14, 7, 1。", "Type the days as whole numbers separated by commas, e.g. 14, 7, 1.");
    public static readonly Phrase ReminderHour = new("提醒時間（時，臺灣時間）", "Hour (Taiwan time)");
    public static readonly Phrase HourFormat = new("請輸入 0–23 的整點。", "Type a whole hour, 0–23.");
    public static readonly Phrase SaveReminderSettings = new("儲存提醒設定", "Save the settings");
    public static readonly Phrase ReminderSchedule = new("提醒排程", "Schedule");
    public static readonly Phrase NextRun = new("排程下次執行：{0}", "The job runs next at {0}");
    public static readonly Phrase NoFirings = new("此年度已沒有待寄送的提醒。", "Nothing more is due to be sent for this year.");
    public static readonly Phrase FiringDay = new("寄送日", "Day");
    public static readonly Phrase FiringAt = new("寄送時間", "At");
    public static readonly Phrase ReminderKindLabel = new("類別", "Kind");
    public static readonly Phrase Owing = new("未繳交聯盟數", "Alliances owing");
    public static readonly Phrase SendNow = new("立即提醒", "Send now");
    public static readonly Phrase SendNowHint = new(
        "對某一填報期別，立即提醒所有尚未繳交的聯盟；當天已提醒過的人不會重複收到。",
        "Reminds every alliance that has not submitted a round now; nobody already reminded of it today is reminded again.");
    public static readonly Phrase RemindLate = new("提醒未繳交者", "Remind the late ones");
    public static readonly Phrase ConfirmSendNow = new(
        "將立即以站內通知及電子郵件提醒 {0} 尚未繳交的各聯盟計畫主持人與已核准助理。確定寄送？",
        "The PI and approved assistants of every alliance that has not submitted the {0} will be reminded now, in the app and by e-mail. Send?");
    public static readonly Phrase SentNow = new("{0}：已提醒 {1} 人；{2} 人今日已提醒過，未重複寄送。", "{0}: {1} people reminded; {2} already reminded today were not reminded again.");
    public static readonly Phrase ReminderLog = new("寄送紀錄", "Log");
    public static readonly Phrase NoReminderLog = new("此年度尚未寄送任何提醒。", "Nothing has been sent for this year yet.");
    public static readonly Phrase Recipient = new("收件人", "Who");
    public static readonly Phrase Channels = new("管道", "Channels");
    public static readonly Phrase EmailStatus = new("電子郵件狀態", "E-mail");
    public static readonly Phrase LateSend = new("補寄", "Late");
    public static readonly Phrase TheCentre = new("工程中心", "the centre");

    public static Phrase ReminderKind(string kind) => kind switch
    {
        "reminder" => new("截止前提醒", "reminder"),
        "overdue" => new("逾期通知", "overdue notice"),
        "overdue-list" => new("逾期名單（工程中心）", "overdue list (centre)"),
        _ => Unrecognised(kind),
    };

    public static Phrase Channel(string channel) => channel switch
    {
        "in-app" => new("站內通知", "in-app"),
        "e-mail" => new("電子郵件", "e-mail"),
        _ => Unrecognised(channel),
    };

    public static Phrase EmailState(string? status) => status switch
    {
        "sent" => new("已寄出", "sent"),
        "retrying" => new("重試中", "retrying"),
        "failed" => new("寄送失敗", "failed"),
        null => new("—", "—"),
        _ => Unrecognised(status),
    };
}
