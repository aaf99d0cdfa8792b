using Alliance.ServiceDefaults.Problems;

namespace Alliance.Gateway.Auth;

/// <summary>The refusals of a credential (not of a role): each a 403 whose <c>code</c> says what to do instead.</summary>
public static class SessionProblems
{
    public const string SecondFactorRequired = "second-factor-required";
    public const string CrossSiteRequest = "cross-site-request";
    public const string SessionRequired = "session-required";

    /// <summary>An officer or administrator who has not enrolled an authenticator yet: only enrolment is open.</summary>
    public static DomainException SecondFactorMissing() => new(ErrorCode.Forbidden, new(
        "此帳號須先啟用雙因素驗證（POST /api/auth/two-factor/setup 與 /enable），再以一次性驗證碼取得權杖。",
        "This account must enrol an authenticator first (POST /api/auth/two-factor/setup, then /enable), then ask for a token with a one-time code."))
    {
        Rule = SecondFactorRequired,
    };

    /// <summary>A change sent with the sign-in cookie from a page of another origin.</summary>
    public static DomainException CrossSite() => new(ErrorCode.Forbidden, new(
        "拒絕來自其他來源網頁、帶有登入 Cookie 的變更請求。",
        "A change sent with the sign-in cookie from another origin is refused."))
    {
        Rule = CrossSiteRequest,
    };

    /// <summary>A personal access token asked to mint another one.</summary>
    public static DomainException NoSession() => new(ErrorCode.Forbidden, new(
        "建立個人存取權杖須以登入的工作階段（網頁或 /api/auth/token 的權杖），不能使用個人存取權杖。",
        "Creating a personal access token needs a signed-in session (the web UI or a token from /api/auth/token), not a personal access token."))
    {
        Rule = SessionRequired,
    };
}
