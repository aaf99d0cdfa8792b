using System.Net;
using System.Text.RegularExpressions;
using Alliance.Integration.Tests.Infrastructure;

namespace Alliance.Integration.Tests.Accounts;

/// <summary>
/// A browser's form posts without the browser: reads a page for its antiforgery token, then posts a
/// form of it as the page's own form would (its name in <c>_handler</c>, fields as <c>Input.X</c>).
/// Keeps its cookies; follows no redirects, so a test sees the answer itself.
/// </summary>
public sealed partial class WebForm : IDisposable
{
    private readonly HttpClient _client;
    private string? _token;

    public WebForm(SystemFixture system, string path)
    {
        _client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = system.Gateway.BaseAddress,
        };
        Path = path;
    }

    public string Path { get; }

    /// <param name="multipart">as <c>multipart/form-data</c> (a form with a file field, or a script), else URL-encoded as a plain form</param>
    public async Task<HttpResponseMessage> PostAsync(string formName, IReadOnlyDictionary<string, string> fields, bool multipart = false)
    {
        _token ??= await TokenAsync();
        var body = fields.ToDictionary(f => $"Input.{f.Key}", f => f.Value);
        body["_handler"] = formName;
        body["__RequestVerificationToken"] = _token;
        HttpContent content = new FormUrlEncodedContent(body);
        if (multipart)
        {
            var parts = new MultipartFormDataContent();
            foreach (var (name, value) in body)
            {
                parts.Add(new StringContent(value), name);
            }

            content = parts;
        }

        return await _client.PostAsync(Path, content, TestContext.Current.CancellationToken);
    }

    private async Task<string> TokenAsync()
    {
        var page = await _client.GetStringAsync(Path, TestContext.Current.CancellationToken);
        var token = AntiforgeryField().Match(page);
        Assert.True(token.Success, $"{Path} has no antiforgery token");
        return WebUtility.HtmlDecode(token.Groups[1].Value);
    }

    /// <summary>The field messages a page shows, by field (<c>data-field</c>).</summary>
    public static IReadOnlyDictionary<string, string> FieldErrors(string page) =>
        FieldError().Matches(page).GroupBy(m => m.Groups[1].Value).ToDictionary(g => g.Key, g => WebUtility.HtmlDecode(g.First().Groups[2].Value));

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("class=\"field-error\" data-field=\"([^\"]+)\">([^<]*)<")]
    private static partial Regex FieldError();
}
