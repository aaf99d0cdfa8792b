namespace Alliance.Gateway.Web.Shared;

/// <summary>
/// Where the host serves what the layout links to and posts to (its account pages and the two
/// cookie-only form posts), the claim the host puts the display name in, and the one saying a required
/// second factor is still missing (such a user sees only the two-factor page, and no bell).
/// </summary>
public static class AccountLinks
{
    public const string CulturePath = "/culture";
    public const string SignOutPath = "/account/sign-out";
    public const string DisplayNameClaim = "display_name";
    public const string SecondFactorMissingClaim = "second_factor_missing";
}
