namespace Alliance.Gateway.Web.Shared;

/// <summary>
/// Where the host serves what the layout links to and posts to (its account pages and the two
/// cookie-only form posts), and the claim the host puts the display name in.
/// </summary>
public static class AccountLinks
{
    public const string CulturePath = "/culture";
    public const string SignOutPath = "/account/sign-out";
    public const string DisplayNameClaim = "display_name";
}
