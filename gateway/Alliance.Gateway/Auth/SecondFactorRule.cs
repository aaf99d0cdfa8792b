namespace Alliance.Gateway.Auth;

/// <summary>
/// What an officer's or administrator's credential may call before its account has enrolled an
/// authenticator: who am I, and the two enrolment steps. The token endpoint stays open as well: it
/// looks at the password and code in its body, not at the caller's credential, and it is how a
/// script gets its full token once enrolled.
/// </summary>
public static class SecondFactorRule
{
    private static readonly (string Method, string Path)[] Open =
    [
        ("GET", "/api/auth/me"),
        ("POST", "/api/auth/two-factor/setup"),
        ("POST", "/api/auth/two-factor/enable"),
        ("POST", "/api/auth/token"),
    ];

    public static bool IsOpenBeforeEnrolment(string method, string path)
    {
        var trimmed = path.Length > 1 ? path.TrimEnd('/') : path;
        return Open.Any(open => string.Equals(open.Method, method, StringComparison.OrdinalIgnoreCase)
            && string.Equals(open.Path, trimmed, StringComparison.OrdinalIgnoreCase));
    }
}
