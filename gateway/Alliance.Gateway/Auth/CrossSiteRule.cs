namespace Alliance.Gateway.Auth;

/// <summary>
/// Which requests carrying the sign-in cookie are refused as cross-site: a change (any method but
/// GET, HEAD, OPTIONS, TRACE) whose <c>Origin</c>, or when there is none its <c>Referer</c>, is not
/// the gateway's own origin. SameSite=Lax does not stop these: another port or subdomain of the same
/// site is "same-site" and gets the cookie. A bearer token is never sent by a browser on its own, so
/// bearer calls are not checked; the web UI's own changes are forms with an antiforgery token or calls
/// from the server over its circuit, neither of which reaches <c>/api</c> with the cookie.
/// </summary>
public static class CrossSiteRule
{
    /// <param name="own">the gateway's origin as this request reached it (scheme, host, port); null when the request named no host</param>
    public static bool Refuses(string method, CredentialKind credential, string? origin, string? referer, Uri? own)
    {
        if (credential != CredentialKind.Cookie || IsSafe(method))
        {
            return false;
        }

        var claimed = string.IsNullOrEmpty(origin) ? referer : origin;
        return !(own is not null && Uri.TryCreate(claimed, UriKind.Absolute, out var source) && SameOrigin(source, own));
    }

    private static bool IsSafe(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);

    private static bool SameOrigin(Uri a, Uri b) =>
        string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase)
        && a.Port == b.Port;
}
