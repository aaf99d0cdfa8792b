using AccountRoles = Alliance.ServiceDefaults.Security.Roles;

namespace Alliance.Gateway.Web.Text;

public static partial class UiText
{
    public static readonly Phrase Accounts = new("帳號管理", "Accounts");
    public static readonly Phrase NewAccount = new("新增帳號", "New account");
    public static readonly Phrase Roles = new("角色", "Roles");
    public static readonly Phrase Disabled = new("停用", "Disabled");
    public static readonly Phrase LockedOut = new("鎖定中", "Locked");
    public static readonly Phrase ReviewerAlliances = new("審查聯盟", "Alliances to review");
    public static readonly Phrase NoReviewerAlliances = new("目前沒有指派的實地查訪。", "No site visit is assigned.");
    public static readonly Phrase ReviewerAlliancesFromVisits = new(
        "由實地查訪的審查委員指派決定（唯讀）：指派後即可查閱該聯盟，取消最後一場指派即不能查閱。",
        "Set by the reviewer assignments of site visits (read-only): an assigned reviewer reads the alliance until no assigned visit to it is left.");
    public static readonly Phrase AuditTrail = new("異動紀錄", "Change history");
    public static readonly Phrase AuditTime = new("時間", "Time");
    public static readonly Phrase AuditActor = new("執行者", "Who");
    public static readonly Phrase AuditAction = new("動作", "Action");
    public static readonly Phrase AuditSubject = new("對象", "Subject");
    public static readonly Phrase AuditOutcome = new("結果", "Outcome");
    public static readonly Phrase AuditDetail = new("說明", "Detail");
    public static readonly Phrase AuditAddress = new("來源位址", "Address");

    public static readonly Phrase Assistants = new("助理審核", "Assistant registrations");
    public static readonly Phrase PendingRegistrations = new("待核准的註冊", "Pending registrations");
    public static readonly Phrase ApprovedAssistants = new("已核准的助理", "Approved assistants");
    public static readonly Phrase NoPending = new("目前沒有待核准的註冊。", "No registrations are waiting.");
    public static readonly Phrase NoApproved = new("目前沒有已核准的助理。", "No approved assistants.");
    public static readonly Phrase Alliance = new("聯盟", "Alliance");
    public static readonly Phrase RequestedAt = new("申請時間", "Requested");
    public static readonly Phrase Approve = new("核准", "Approve");
    public static readonly Phrase Reject = new("退回", "Reject");
    public static readonly Phrase Withdraw = new("撤銷核准", "Withdraw");
    public static readonly Phrase ApprovedMessage = new("已核准 {0}。", "{0} approved.");
    public static readonly Phrase RejectedMessage = new("已退回 {0}。", "{0} rejected.");
    public static readonly Phrase WithdrawnMessage = new("已撤銷 {0} 的核准。", "{0}'s approval withdrawn.");

    /// <summary>The home page's card for one role: what the role does here now, and what comes next.</summary>
    public static (Phrase Now, Phrase Next) RoleCard(string role) => role switch
    {
        AccountRoles.MinistryOfficer => (
            new("瀏覽所有聯盟的資料與計畫儀表板，決定補助與獎勵。", "Read every alliance's data and the programme dashboards; decide on funding and awards."),
            new("計畫儀表板與績優聯盟評選即將開放。", "The programme dashboards and the outstanding-alliance selection come next.")),
        AccountRoles.CentreAdmin => (
            new("管理帳號與角色，查看異動紀錄。", "Manage accounts and roles, and read the change history."),
            new("年度、行事曆、聯盟、查核與實地查訪的管理即將開放。", "Programme years, calendars, alliances, audits and site visits come next.")),
        AccountRoles.Pi => (
            new("核准或退回聯盟助理的註冊，並可隨時撤銷核准。", "Approve or reject your alliances' assistants, and withdraw an approval at any time."),
            new("聯盟會員、收入明細與KPI填報及確認送出即將開放。", "Members, income entries, KPI reports and confirm-and-submit come next.")),
        AccountRoles.Assistant => (
            new("協助您的聯盟填報資料；確認送出由計畫主持人執行。", "Enter data for your alliance; the PI does the final confirm-and-submit."),
            new("聯盟會員與收入明細的填報畫面即將開放。", "The screens for members and income entries come next.")),
        _ => (
            new("查看指派給您的聯盟（唯讀），在「我的查訪」填寫實地查訪審查表。", "Read the alliances assigned to you and fill in site-visit review forms under My visits."),
            new("送出審查表後，即可查看同一查訪其他審查委員的審查表。", "Once you submit a form, you can read the other reviewers' forms for that visit.")),
    };
}
