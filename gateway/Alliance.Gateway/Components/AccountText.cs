using Alliance.Gateway.Auth;
using Alliance.Gateway.Web.Text;

namespace Alliance.Gateway.Components;

/// <summary>The sign-in page's refusals, which name the gateway's own outcomes (the web library does not know them).</summary>
public static class AccountText
{
    /// <summary>The refusal as the caller is told it (<see cref="SignInOutcomes.Told"/>): a locked account reads as a wrong password.</summary>
    public static Phrase SignInRefused(SignInOutcome outcome) => outcome.Told() switch
    {
        SignInOutcome.Throttled => new("此帳號的登入嘗試次數過多，請稍後再試。", "Too many sign-in attempts for this user name; try again later."),
        SignInOutcome.SecondFactorRequired => new("請輸入驗證器 App 顯示的 6 位數驗證碼。", "Enter the 6-digit code from your authenticator app."),
        SignInOutcome.SecondFactorFailed => new("驗證碼錯誤或已使用過，請輸入新的驗證碼。", "The one-time code is wrong or was used already; enter a new one."),
        SignInOutcome.NotApproved => new("您的助理註冊尚未經計畫主持人核准。", "Your registration has not been approved by the alliance's PI yet."),
        _ => new("帳號、密碼或驗證碼錯誤。", "The user name, password or one-time code is wrong."),
    };
}
