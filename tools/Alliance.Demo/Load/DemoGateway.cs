using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Alliance.Demo.Load;

/// <summary>
/// The gateway as a script sees it: one sign-in per account (the bearer token is kept, not a sign-in
/// per call), the authenticator enrolled where the account needs one (its key kept in the
/// <paramref name="journal"/> before it is switched on), and the sign-in door's rate limit waited
/// out as its Retry-After says.
/// </summary>
public sealed class DemoGateway(Uri address, LoadJournal journal) : IDisposable
{
    /// <summary>A session token lasts an hour; a load at ten times the scale takes longer, so the accounts it keeps use a personal token this long.</summary>
    private const int LoadTokenDays = 1;

    private readonly HttpClient _anonymous = new() { BaseAddress = address, Timeout = TimeSpan.FromMinutes(5) };

    public DemoGateway(Uri address)
        : this(address, LoadJournal.InMemory())
    {
    }

    public Uri Address => address;

    /// <summary>An anonymous call (the assistant's self-registration).</summary>
    public Task<JsonElement> PostAnonymousAsync(string path, object body, CancellationToken cancellationToken) =>
        Calls.SendAsync(_anonymous, HttpMethod.Post, path, body, cancellationToken);

    /// <summary>
    /// Signs <paramref name="userName"/> in and returns a client carrying its token. When the account
    /// must use a second factor and has none yet, it is enrolled and the key is returned with it.
    /// </summary>
    public async Task<SignedIn> SignInAsync(string userName, string password, Authenticator? authenticator, CancellationToken cancellationToken)
    {
        var token = await IssueTokenAsync(userName, password, authenticator, cancellationToken);
        var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(5) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var me = await Calls.SendAsync(client, HttpMethod.Get, "/api/auth/me", null, cancellationToken);
        if (!me.GetProperty("secondFactorRequired").GetBoolean() || me.GetProperty("twoFactorEnabled").GetBoolean())
        {
            return new SignedIn(userName, client, authenticator);
        }

        var setup = await Calls.SendAsync(client, HttpMethod.Post, "/api/auth/two-factor/setup", null, cancellationToken);
        var enrolled = journal.Enrolled(userName, setup.GetProperty("sharedKey").GetString()!);
        await Calls.SendAsync(client, HttpMethod.Post, "/api/auth/two-factor/enable", new { code = await enrolled.NextCodeAsync() }, cancellationToken);
        // The token was issued before the second factor: a new one carries it.
        client.Dispose();
        return await SignInAsync(userName, password, enrolled, cancellationToken);
    }

    /// <summary>
    /// Signs in once and carries on with a personal access token of a day, for an account the load
    /// uses from start to end (a session token's hour is shorter than a large load).
    /// </summary>
    public async Task<SignedIn> SignInForTheLoadAsync(string userName, string password, Authenticator? authenticator, CancellationToken cancellationToken)
    {
        var session = await SignInAsync(userName, password, authenticator, cancellationToken);
        var personal = await session.PostAsync("/api/auth/personal-tokens", new { name = "示範計畫載入 demo load", expiresInDays = LoadTokenDays }, cancellationToken);
        session.Client.Dispose();
        var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(5) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", personal.GetProperty("token").GetString());
        return session with { Client = client };
    }

    private async Task<string> IssueTokenAsync(string userName, string password, Authenticator? authenticator, CancellationToken cancellationToken)
    {
        while (true)
        {
            var oneTimeCode = authenticator is null ? null : await authenticator.NextCodeAsync();
            using var response = await _anonymous.PostAsJsonAsync("/api/auth/token", new { userName, password, oneTimeCode }, cancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(5), cancellationToken);
                continue;
            }

            var body = await Calls.ReadAsync(response, HttpMethod.Post, "/api/auth/token", cancellationToken);
            return body.GetProperty("accessToken").GetString()!;
        }
    }

    public void Dispose() => _anonymous.Dispose();
}

/// <summary>An account signed in: its client carries the token; <see cref="Authenticator"/> is set for accounts with a second factor.</summary>
public sealed record SignedIn(string UserName, HttpClient Client, Authenticator? Authenticator)
{
    public Task<JsonElement> GetAsync(string path, CancellationToken cancellationToken) =>
        Calls.SendAsync(Client, HttpMethod.Get, path, null, cancellationToken);

    public Task<JsonElement> PostAsync(string path, object? body, CancellationToken cancellationToken) =>
        Calls.SendAsync(Client, HttpMethod.Post, path, body, cancellationToken);

    public Task<JsonElement> PutAsync(string path, object body, CancellationToken cancellationToken) =>
        Calls.SendAsync(Client, HttpMethod.Put, path, body, cancellationToken);

    public Task<JsonElement> DeleteAsync(string path, CancellationToken cancellationToken) =>
        Calls.SendAsync(Client, HttpMethod.Delete, path, null, cancellationToken);

    public async Task<JsonElement> UploadAsync(string path, string fileName, byte[] workbook, CancellationToken cancellationToken)
    {
        var file = new ByteArrayContent(workbook);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var content = new MultipartFormDataContent { { file, "file", fileName } };
        using var response = await Client.PostAsync(path, content, cancellationToken);
        return await Calls.ReadAsync(response, HttpMethod.Post, path, cancellationToken);
    }
}

/// <summary>One request and its answer; a refusal ends the load with the problem the API gave.</summary>
internal static class Calls
{
    public static async Task<JsonElement> SendAsync(HttpClient client, HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await client.SendAsync(request, cancellationToken);
        return await ReadAsync(response, method, path, cancellationToken);
    }

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpMethod method, string path, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new DemoRefusedException(response.StatusCode, CodeOf(text), $"{method} {path} answered {(int)response.StatusCode}: {text[..Math.Min(text.Length, 1000)]}");
        }

        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The problem's <c>code</c> (the rule a 422 names), when the answer is a problem that has one.</summary>
    private static string? CodeOf(string text)
    {
        try
        {
            using var problem = JsonDocument.Parse(text);
            return problem.RootElement.ValueKind == JsonValueKind.Object && problem.RootElement.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String
                ? code.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <param name="Code">the problem's <c>code</c>, when it has one</param>
public sealed class DemoRefusedException(HttpStatusCode status, string? code, string message) : Exception(message)
{
    public HttpStatusCode Status { get; } = status;

    public string? Code { get; } = code;
}
