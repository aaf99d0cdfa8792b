using Alliance.Gateway.Web.Activity;

namespace Alliance.Gateway.Web.Text;

/// <summary>The activity pages: events, consultations, on-site guidance, outcomes and their summary, in DOMAIN.md's terms.</summary>
public static partial class UiText
{
    public static readonly Phrase Activities = new("活動與成果", "Activities and outcomes");
    public static readonly Phrase ActivitySummary = new("活動與成果統計", "Activity summary");
    public static readonly Phrase ActivityKindLabel = new("類別", "Kind");
    public static readonly Phrase AllKinds = new("全部類別", "All kinds");
    public static readonly Phrase ActivityDate = new("日期", "Date");
    public static readonly Phrase ActivityTitle = new("名稱", "Title");
    public static readonly Phrase Place = new("地點", "Place");
    public static readonly Phrase EventRoleLabel = new("主辦或協辦", "Hosted or co-hosted");
    public static readonly Phrase Attendees = new("參加人數", "Attendees");
    public static readonly Phrase FirmAttendees = new("其中來自廠商人數", "Of whom from firms");
    public static readonly Phrase ServedMember = new("服務會員", "Member served");
    public static readonly Phrase Topic = new("主題", "Topic");
    public static readonly Phrase Hours = new("時數", "Hours");
    public static readonly Phrase PatentNumber = new("專利號碼或申請號", "Patent or application number");
    public static readonly Phrase PatentCountry = new("國別", "Country");
    public static readonly Phrase PatentOwnerLabel = new("專利權人", "Owner");
    public static readonly Phrase People = new("人數", "People");
    public static readonly Phrase OutputValueNtd = new("衍生產值（元）", "Output value (NTD)");
    public static readonly Phrase OutputValueThousand = new("衍生產值（仟元）", "Output value (thousand NTD)");
    public static readonly Phrase ActivityFigure = new("數量", "Figure");
    public static readonly Phrase NoRecords = new("尚無紀錄。", "Nothing recorded.");
    public static readonly Phrase BackToRecords = new("回列表", "Back to the list");
    public static readonly Phrase ActivitiesHub = new("請選擇聯盟，查看或登錄其活動與成果。", "Choose an alliance to read or record its activities and outcomes.");

    public static readonly Phrase FindMember = new("輸入會員名稱搜尋", "Type a member's name to find it");
    public static readonly Phrase PickDateFirst = new("請先選擇日期：只列出當日計入的廠商會員。", "Choose the date first: only the firm members that count on that day are offered.");
    public static readonly Phrase MembersOnDate = new("{0} 計入的廠商會員：{1} 位", "Firm members that count on {0}: {1}");
    public static readonly Phrase MemberNotOffered = new("未列出「{0}」：{1}", "{0} is not offered: {1}");
    public static readonly Phrase MemberUnpicked = new("已取消選取「{0}」：{1}", "{0} is no longer chosen: {1}");

    public static readonly Phrase DraftRestored = new("已還原您上次未儲存的草稿。", "Your unsaved draft has been restored.");
    public static readonly Phrase DiscardDraft = new("捨棄草稿", "Discard the draft");
    public static readonly Phrase DraftKept = new("草稿已保存於此瀏覽器：{0}", "Draft kept in this browser: {0}");
    public static readonly Phrase DraftHint = new("輸入的內容會保存在此瀏覽器，直到儲存或捨棄為止。", "What you type is kept in this browser until you save or discard it.");

    public static readonly Phrase Kpi = new("指標", "KPI");
    public static readonly Phrase KpiYear = new("{0} 年度", "{0}");
    public static readonly Phrase PatentsApplied = new("申請", "applied");
    public static readonly Phrase PatentsGranted = new("獲證", "granted");
    public static readonly Phrase ActivitiesNotCounted = new(
        "待確認 {0} 筆、待查核 {1} 筆，未計入上列數字（見各列表的狀態篩選）。",
        "{0} pending and {1} flagged records are not included in the figures above (filter each list by status).");
    public static readonly Phrase ActivityRange = new("計入 {0} 至 {1} 的紀錄", "Records dated {0} to {1}");
    public static readonly Phrase OnlyAcceptedCount = new(
        "只計入已採計的紀錄；待確認、待查核與已作廢者不計。每個數字連到其紀錄。",
        "Only accepted records count; pending, flagged and voided ones do not. Each figure links to its records.");

    /// <summary>The list of one record, as the heading's links and the list's title name it.</summary>
    public static Phrase RecordList(RecordKind record) => record switch
    {
        RecordKind.Events => new("推廣活動與研討會", "Events"),
        RecordKind.Consultations => new("專業諮詢服務", "Consultations"),
        RecordKind.Guidance => new("訪廠現地指導", "On-site guidance"),
        _ => new("會員成果", "Outcomes"),
    };

    public static Phrase RecordEntry(RecordKind record) => record switch
    {
        RecordKind.Events => new("活動", "Event"),
        RecordKind.Consultations => new("專業諮詢", "Consultation"),
        RecordKind.Guidance => new("訪廠現地指導", "On-site guidance"),
        _ => new("成果", "Outcome"),
    };

    public static Phrase AddRecord(RecordKind record) => record switch
    {
        RecordKind.Events => new("登錄活動", "Record an event"),
        RecordKind.Consultations => new("登錄專業諮詢", "Record a consultation"),
        RecordKind.Guidance => new("登錄訪廠指導", "Record an on-site guidance"),
        _ => new("登錄成果", "Record an outcome"),
    };

    /// <summary>An event's or an outcome's kind by its API name; a kind the pages do not know shows as such.</summary>
    public static Phrase ActivityKind(string? kind) => kind switch
    {
        "promotion" => new("聯盟推廣活動", "promotion event"),
        "seminar" => new("技術研討會", "technical seminar"),
        "new-product" => new("新產品", "new product"),
        "new-technology" => new("新技術", "new technology"),
        "patent-application" => new("專利申請", "patent application"),
        "patent-grant" => new("專利獲證", "patent granted"),
        RecordKinds.Patents => new("專利（申請及獲證）", "patents (applied and granted)"),
        "new-hire" => new("新聘人員", "new hires"),
        "derived-output-value" => new("衍生產值", "derived output value"),
        _ => Unrecognised(kind),
    };

    public static Phrase EventRole(string? role) => role switch
    {
        "hosted" => new("主辦", "hosted"),
        "co-hosted" => new("協辦", "co-hosted"),
        _ => Unrecognised(role),
    };

    public static Phrase PatentOwner(string? owner) => owner switch
    {
        "member" => new("會員", "the member"),
        "university" => new("學校（不計入）", "the university (never counted)"),
        "joint" => new("會員與學校共有", "the member and the university jointly"),
        _ => Unrecognised(owner),
    };

    /// <summary>Why a member is not offered on the chosen date, by the rule's code (<see cref="MemberChoices"/>); {0} is the date.</summary>
    public static Phrase WhyMemberMissing(string reason) => reason switch
    {
        MemberChoices.NotAFirm => new("不是廠商會員（個人及其他會員不適用）", "not a firm member (individual and other members do not qualify)"),
        MemberChoices.NoContractOnDate => new("{0} 當日沒有有效的會員合約", "no contract in force on {0}"),
        MemberChoices.Removed => new("已自本聯盟會員名單移除", "removed from the alliance's members"),
        _ => new("不是本聯盟的會員", "not a member of this alliance"),
    };

    /// <summary>A KPI of the activity summary by its code, with its unit where it sums.</summary>
    public static Phrase ActivityKpi(string kpi) => kpi switch
    {
        "promotion-events" => new("聯盟推廣活動（場）", "Promotion events"),
        "technical-seminars" => new("舉辦技術研討會（場）", "Technical seminars"),
        "consultations" => new("專業諮詢服務（次）", "Professional consultations"),
        "on-site-guidance" => new("訪廠現地指導（次）", "On-site factory guidance"),
        "new-products" => new("協助會員開發之新產品（項）", "New products developed"),
        "new-technologies" => new("協助會員研發之新技術（項）", "New technologies developed"),
        "patents" => new("輔導聯盟會員專利申請或獲證（件）", "Patents applied or granted"),
        "new-hires" => new("聯盟會員新聘人員（人）", "New hires at members (people)"),
        "derived-output-value" => new("聯盟會員衍生產值（仟元）", "Derived output value (thousand NTD)"),
        _ => Unrecognised(kpi),
    };

    /// <summary>The label of an activity record's field in its change history.</summary>
    private static string ActivityFieldName(string field) => field switch
    {
        "kind" => ActivityKindLabel,
        "kpi" => Kpi,
        "title" => ActivityTitle,
        "place" => Place,
        "role" => EventRoleLabel,
        "attendees" => Attendees,
        "firmAttendees" => FirmAttendees,
        "memberId" or "memberName" => ServedMember,
        "topic" => Topic,
        "hours" => Hours,
        "patentNumber" => PatentNumber,
        "owner" => PatentOwnerLabel,
        "people" => People,
        _ => field,
    };

    private static bool IsActivityField(string field) => field is "kind" or "kpi" or "role" or "owner" or "hours";

    private static string ActivityFieldValue(string field, string value) => field switch
    {
        "kind" => ActivityKind(value),
        "kpi" => ActivityKpi(value),
        "hours" when decimal.TryParse(value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var hours) =>
            hours.ToString("#,##0.##", System.Globalization.CultureInfo.InvariantCulture),
        "role" => EventRole(value),
        _ => PatentOwner(value),
    };
}
