
namespace Alliance.Gateway.Web.Text;

public static partial class UiText
{
    public static readonly Phrase UserName = new("帳號", "User name");
    public static readonly Phrase DisplayName = new("姓名", "Display name");
    public static readonly Phrase Email = new("電子郵件", "E-mail");
    public static readonly Phrase Password = new("密碼", "Password");
    public static readonly Phrase OneTimeCode = new("驗證碼", "One-time code");
    public static readonly Phrase OneTimeCodeHint = new("已啟用兩步驟驗證者，請輸入驗證器 App 的 6 位數驗證碼。", "Once you have a second factor, enter the 6-digit code from your authenticator app.");
    public static readonly Phrase AllianceCode = new("計畫編號", "Alliance code");
    public static readonly Phrase Registered = new("註冊已送出，待計畫主持人核准後即可登入。", "Your registration has been sent: you can sign in once the PI approves it.");

    public static readonly Phrase ChangePassword = new("變更密碼", "Change password");
    public static readonly Phrase CurrentPassword = new("目前密碼", "Current password");
    public static readonly Phrase NewPassword = new("新密碼", "New password");
    public static readonly Phrase ConfirmPassword = new("確認新密碼", "Confirm the new password");
    public static readonly Phrase PasswordsDiffer = new("兩次輸入的新密碼不一致。", "The two new passwords differ.");
    public static readonly Phrase PasswordChanged = new("密碼已變更。", "Your password has been changed.");

    public static readonly Phrase TwoFactor = new("兩步驟驗證", "Two-factor authentication");
    public static readonly Phrase TwoFactorWhy = new("工程中心管考人員與科技部承辦人須以驗證器 App 的驗證碼登入。", "Centre administrators and ministry officers sign in with a code from an authenticator app.");
    public static readonly Phrase TwoFactorMustEnrol = new("請先完成兩步驟驗證設定，才能使用其他頁面。", "Set up two-factor authentication before using the other pages.");
    public static readonly Phrase TwoFactorCreateKey = new("產生金鑰", "Create a key");
    public static readonly Phrase TwoFactorKey = new("金鑰", "Shared key");
    public static readonly Phrase TwoFactorUri = new("設定網址（otpauth）", "Set-up URI (otpauth)");
    public static readonly Phrase TwoFactorScan = new("請以驗證器 App 掃描 QR 碼（或輸入金鑰），再輸入 App 顯示的驗證碼。", "Scan the QR code with your authenticator app (or type in the key), then enter the code it shows.");
    public static readonly Phrase TwoFactorQr = new("驗證器設定 QR 碼", "QR code for the authenticator app");
    public static readonly Phrase TwoFactorEnable = new("啟用", "Enable");
    public static readonly Phrase TwoFactorEnabled = new("已啟用兩步驟驗證。", "Two-factor authentication is on.");

    public static readonly Phrase Tokens = new("個人存取權杖", "Personal access tokens");
    public static readonly Phrase TokensWhy = new("供程式呼叫 API 使用，權限與您的帳號相同，可隨時撤銷。", "For scripts calling the API: the same rights as your account, revocable at any time.");
    public static readonly Phrase TokenName = new("名稱", "Name");
    public static readonly Phrase TokenDays = new("有效天數", "Days valid");
    public static readonly Phrase TokenCreatedAt = new("建立時間", "Created");
    public static readonly Phrase TokenExpiresAt = new("到期時間", "Expires");
    public static readonly Phrase TokenRevokedAt = new("撤銷時間", "Revoked");
    public static readonly Phrase TokenRevoke = new("撤銷", "Revoke");
    public static readonly Phrase TokenShownOnce = new("此權杖只顯示這一次，請立即複製保存：", "This token is shown only this once; copy it now:");
    public static readonly Phrase TokensNone = new("尚無權杖。", "No tokens yet.");
}
