using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Alliance.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Components.Authorization;

namespace Alliance.Gateway.Web.Services;

/// <summary>
/// How the typed clients call the back-end services: over service discovery (<c>http://membership</c>,
/// …), as the signed-in user, with the internal token the proxy would forward for that user, in the
/// page's language. A refusal comes back as a <see cref="DomainException"/> for the page to show.
/// Pages never use it directly: each service's client names its routes.
/// </summary>
internal sealed class ServiceCalls(IHttpClientFactory clients, AuthenticationStateProvider authentication, IServiceCredentials credentials)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public async Task<T> GetAsync<T>(string service, string path, CancellationToken cancellationToken = default)
    {
        using var request = await RequestAsync(HttpMethod.Get, service, path, cancellationToken);
        using var response = await clients.CreateClient(service).SendAsync(request, cancellationToken);
        await ThrowIfRefusedAsync(response, cancellationToken);
        return (await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken))!;
    }

    /// <summary>POSTs <paramref name="body"/> as JSON and reads the answer as <typeparamref name="T"/>.</summary>
    public Task<T> PostAsync<T>(string service, string path, object body, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Post, service, path, body, cancellationToken);

    /// <summary>PUTs <paramref name="body"/> (with the version read) as JSON; a 409 comes back as a stale-version refusal.</summary>
    public Task<T> PutAsync<T>(string service, string path, object body, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Put, service, path, body, cancellationToken);

    /// <summary>DELETEs the record at <paramref name="path"/> (its version in the query); true once it is gone.</summary>
    public async Task<bool> DeleteAsync(string service, string path, CancellationToken cancellationToken = default)
    {
        using var request = await RequestAsync(HttpMethod.Delete, service, path, cancellationToken);
        using var response = await clients.CreateClient(service).SendAsync(request, cancellationToken);
        await ThrowIfRefusedAsync(response, cancellationToken);
        return true;
    }

    /// <summary>
    /// POSTs <paramref name="content"/> as the multipart field <paramref name="field"/>. A 422 whose
    /// problem lists bad rows (the member import's all-or-nothing refusal) comes back as the rows,
    /// in the page's language; any other refusal is thrown as usual.
    /// </summary>
    public async Task<SheetAnswer<T>> PostSheetAsync<T>(
        string service, string path, string field, string fileName, byte[] content, CancellationToken cancellationToken = default)
    {
        using var request = await RequestAsync(HttpMethod.Post, service, path, cancellationToken);
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(SheetContentType);
        request.Content = new MultipartFormDataContent { { file, field, fileName } };
        using var response = await clients.CreateClient(SheetUploads.ClientName).SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return new SheetAnswer<T>((await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken))!, null, []);
        }

        var problem = await ProblemOfAsync(response, cancellationToken);
        if ((int)response.StatusCode == 422 && problem?.TryGetProperty("rows", out var rows) == true)
        {
            return new SheetAnswer<T>(default, TitleOf(problem), rows.Deserialize<SheetRowProblem[]>(Json) ?? []);
        }

        throw Refusal(response, problem);
    }

    public const string SheetContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private async Task<T> SendAsync<T>(HttpMethod method, string service, string path, object body, CancellationToken cancellationToken)
    {
        using var request = await RequestAsync(method, service, path, cancellationToken);
        request.Content = JsonContent.Create(body, body.GetType(), options: Json);
        using var response = await clients.CreateClient(service).SendAsync(request, cancellationToken);
        await ThrowIfRefusedAsync(response, cancellationToken);
        return (await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken))!;
    }

    private async Task<HttpRequestMessage> RequestAsync(HttpMethod method, string service, string path, CancellationToken cancellationToken)
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        var token = await credentials.TokenForAsync(user, service, cancellationToken)
            ?? throw DomainException.Forbidden(new("帳號已停用。", "The account is disabled."));
        var request = new HttpRequestMessage(method, $"http://{service}{path}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(CultureInfo.CurrentUICulture.Name));
        return request;
    }

    private static async Task ThrowIfRefusedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw Refusal(response, await ProblemOfAsync(response, cancellationToken));
        }
    }

    private static async Task<JsonElement?> ProblemOfAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        response.Content.Headers.ContentType?.MediaType == "application/problem+json"
            ? await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)
            : null;

    private static string? TitleOf(JsonElement? problem) => problem?.TryGetProperty("title", out var t) == true ? t.GetString() : null;

    private static DomainException Refusal(HttpResponseMessage response, JsonElement? problem)
    {
        var title = TitleOf(problem);
        var code = (int)response.StatusCode switch
        {
            400 => ErrorCode.Invalid,
            403 or 401 => ErrorCode.Forbidden,
            404 => ErrorCode.NotFound,
            409 when problem?.TryGetProperty("code", out var c) == true && c.GetString() == "stale-version" => ErrorCode.StaleVersion,
            409 => ErrorCode.Conflict,
            422 => ErrorCode.RuleViolated,
            503 when problem is not null => ErrorCode.Unavailable,
            _ => throw new HttpRequestException($"The service answered {(int)response.StatusCode}.", null, response.StatusCode),
        };
        return new DomainException(code, title ?? response.ReasonPhrase ?? "Refused.", FieldErrorsOf(problem));
    }

    /// <summary>The problem's <c>errors</c> (field → messages, already in the page's language), for showing next to each field.</summary>
    private static Dictionary<string, string[]> FieldErrorsOf(JsonElement? problem) =>
        problem?.TryGetProperty("errors", out var errors) == true && errors.ValueKind == JsonValueKind.Object
            ? errors.EnumerateObject().ToDictionary(
                e => e.Name,
                e => e.Value.ValueKind == JsonValueKind.Array ? e.Value.EnumerateArray().Select(m => m.GetString() ?? "").ToArray() : [e.Value.ToString()])
            : [];
}

/// <summary>What an upload of a sheet gave: the answer, or the refusal's title and every bad row.</summary>
public sealed record SheetAnswer<T>(T? Value, string? Title, IReadOnlyList<SheetRowProblem> Rows);

/// <param name="Row">the row number in the sheet (row 1 holds the headers)</param>
/// <param name="Errors">messages by column key (name, kind, registrationNumber, …), in the page's language</param>
public sealed record SheetRowProblem(int Row, IReadOnlyDictionary<string, string[]> Errors);
