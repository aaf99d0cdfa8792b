using AccountRoles = Alliance.ServiceDefaults.Security.Roles;
using Alliance.ServiceDefaults.Problems;

namespace Alliance.Gateway.Web.Text;

/// <summary>Every UI text, in the GLOSSARY's terms; zh-TW first, English second.</summary>
public static partial class UiText
{
    public static readonly Phrase ProductName = new("產學技術聯盟管考平台", "Industry–Academia Technology Alliance Management Platform");
    public static readonly Phrase SwitchLanguage = new("English", "中文");
    public static readonly Phrase Home = new("首頁", "Home");
    public static readonly Phrase SignIn = new("登入", "Sign in");
    public static readonly Phrase SignOut = new("登出", "Sign out");
    public static readonly Phrase Register = new("助理註冊", "Register as an assistant");
    public static readonly Phrase MyAccount = new("我的帳號", "My account");
    public static readonly Phrase Denied = new("您沒有權限查看此頁面。", "You do not have permission to see this page.");
    public static readonly Phrase NotFound = new("找不到此頁面。", "There is no such page.");
    public static readonly Phrase BackHome = new("回首頁", "Back to the home page");
    public static readonly Phrase Welcome = new(
        "本平台供產學技術聯盟合作計畫（產學小聯盟）管考使用：聯盟資料填報、查核、期中審查與實地查訪。",
        "The management and performance-reporting platform of the industry–academia technology alliance programme: alliance data, audits, mid-term reviews and site visits.");
    public static readonly Phrase AssistantsRegisterHere = new(
        "助理請先註冊，經計畫主持人核准後即可登入。",
        "Assistants register first and can sign in once their principal investigator (PI) approves.");
    public static readonly Phrase WhatYouCanDo = new("可以做什麼", "What you can do");
    public static readonly Phrase WhatComesNext = new("接下來", "What comes next");
    public static readonly Phrase AlliancesYouCanSee = new("可查看的聯盟", "Alliances you can see");
    public static readonly Phrase NoAlliancesYet = new("目前沒有可查看的聯盟。", "There are no alliances for you to see yet.");
    public static readonly Phrase AllianceName = new("聯盟名稱", "Alliance");
    public static readonly Phrase HostInstitution = new("執行單位", "Host institution");
    public static readonly Phrase Yes = new("是", "yes");
    public static readonly Phrase No = new("否", "no");
    public static readonly Phrase Save = new("儲存", "Save");
    public static readonly Phrase Cancel = new("取消", "Cancel");
    public static readonly Phrase Create = new("建立", "Create");
    public static readonly Phrase Edit = new("編輯", "Edit");
    public static readonly Phrase Saved = new("已儲存。", "Saved.");
    public static readonly Phrase Loading = new("載入中…", "Loading…");

    public static Phrase RoleName(string role) => role switch
    {
        AccountRoles.MinistryOfficer => new("科技部承辦人", "ministry officer"),
        AccountRoles.CentreAdmin => new("工程中心管考人員", "centre administrator"),
        AccountRoles.Pi => new("計畫主持人", "principal investigator (PI)"),
        AccountRoles.Assistant => new("助理", "assistant"),
        AccountRoles.Reviewer => new("審查委員", "reviewer"),
        _ => new(role, role),
    };

    /// <summary>What kind of refusal; the API's own message follows it.</summary>
    public static Phrase Refusal(ErrorCode code) => code switch
    {
        ErrorCode.Invalid => new("輸入有誤", "Please check the input"),
        ErrorCode.RuleViolated => new("不符規定", "Not allowed by the rules"),
        ErrorCode.NotFound => new("找不到資料", "Not found"),
        ErrorCode.Conflict => new("資料重複或衝突", "Conflict"),
        ErrorCode.StaleVersion => new("資料已被他人修改，請重新載入", "Changed by someone else: reload and try again"),
        ErrorCode.Unavailable => new("系統暫時無法處理，請稍後再試", "Temporarily unavailable: try again shortly"),
        _ => new("沒有權限", "Not permitted"),
    };
}
