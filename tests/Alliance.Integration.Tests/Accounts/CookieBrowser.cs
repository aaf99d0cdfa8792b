using System.Net;
using System.Text.RegularExpressions;
using Alliance.Integration.Tests.Infrastructure;

namespace Alliance.Integration.Tests.Accounts;

/// <summary>
/// A browser reduced to what tests of the sign-in cookie need: a jar of the gateway's cookies, the
/// web sign-in and sign-out forms posted with their antiforgery tokens, and requests carrying the
/// cookie with the <c>Origin</c> and <c>Referer</c> a page of this or another origin would send.
/// </summary>
public sealed partial class CookieBrowser : IDisposable
{
    public const string SessionCookie = "__Host-alliance";
    private readonly HttpClient _http;
    private readonly Dictionary<string, string> _jar = new(StringComparer.Ordinal);

    public CookieBrowser(SystemFixture system)
    {
        var gateway = system.Gateway.BaseAddress!;
        _http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = gateway };
        OwnOrigin = gateway.GetLeftPart(UriPartial.Authority);
        OtherOrigin = new UriBuilder(gateway) { Port = gateway.Port + 1 }.Uri.GetLeftPart(UriPartial.Authority);
    }

    /// <summary>The gateway's own origin, as its pages send it.</summary>
    public string OwnOrigin { get; }

    /// <summary>Another origin of the same site (the next port), as a page served there would send it.</summary>
    public string OtherOrigin { get; }

    /// <summary>The sign-in cookie as it is now (null when signed out), for replaying it later.</summary>
    public string? SessionCookieValue
    {
        get => _jar.GetValueOrDefault(SessionCookie);
        set
        {
            if (value is null)
            {
                _jar.Remove(SessionCookie);
            }
            else
            {
                _jar[SessionCookie] = value;
            }
        }
    }

    public async Task SignInAsync(string userName, string password, string? oneTimeCode = null)
    {
        var token = await FormTokenAsync("/account/sign-in");
        using var response = await SendAsync(HttpMethod.Post, "/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "sign-in",
            ["__RequestVerificationToken"] = token,
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
            ["Input.OneTimeCode"] = oneTimeCode ?? "",
        }), origin: OwnOrigin);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect && SessionCookieValue is not null,
            $"The sign-in form answered {(int)response.StatusCode} without a sign-in cookie.");
    }

    /// <summary>Signs out with the form of the page's app bar, as the sign-out button does.</summary>
    public async Task SignOutAsync()
    {
        var token = await FormTokenAsync("/");
        using var response = await SendAsync(HttpMethod.Post, "/account/sign-out",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), origin: OwnOrigin);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Sends a request with the jar's cookies and keeps the cookies the answer sets or clears.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content = null, string? origin = null, string? referer = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (_jar.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _jar.Select(c => $"{c.Key}={c.Value}")));
        }

        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (referer is not null)
        {
            request.Headers.Referrer = new Uri(referer);
        }

        var response = await _http.SendAsync(request, TestContext.Current.CancellationToken);
        Keep(response);
        return response;
    }

    private async Task<string> FormTokenAsync(string page)
    {
        using var response = await SendAsync(HttpMethod.Get, page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var match = TokenField().Match(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.True(match.Success, $"{page} has no form with an antiforgery token.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    private void Keep(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Set-Cookie", out var cookies))
        {
            return;
        }

        foreach (var cookie in cookies)
        {
            var pair = cookie.Split(';', 2)[0];
            var (name, value) = (pair[..pair.IndexOf('=')], pair[(pair.IndexOf('=') + 1)..]);
            var expired = cookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase);
            if (value.Length == 0 || expired)
            {
                _jar.Remove(name);
            }
            else
            {
                _jar[name] = value;
            }
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*?value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    public void Dispose() => _http.Dispose();
}
