using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Alliance.Gateway.Auth;
using Alliance.Gateway.Proxy;
using Alliance.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Components.Authorization;

namespace Alliance.Gateway.Components.Services;

/// <summary>
/// How pages call the back-end services: over service discovery (<c>http://membership</c>, …), as
/// the signed-in user, with the internal token the proxy would forward for that user, in the
/// page's language. A refusal comes back as a <see cref="DomainException"/> for the page to show.
/// </summary>
public sealed class ServiceClient(IHttpClientFactory clients, AuthenticationStateProvider authentication, IServiceScopeFactory scopes)
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

    private async Task<HttpRequestMessage> RequestAsync(HttpMethod method, string service, string path, CancellationToken cancellationToken)
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        await using var scope = scopes.CreateAsyncScope();
        var token = await scope.ServiceProvider.GetRequiredService<InternalTokenMinter>().MintAsync(user.UserId(), service, cancellationToken)
            ?? throw DomainException.Forbidden(new("帳號已停用。", "The account is disabled."));
        var request = new HttpRequestMessage(method, $"http://{service}{path}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(CultureInfo.CurrentUICulture.Name));
        return request;
    }

    private static async Task ThrowIfRefusedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var title = response.Content.Headers.ContentType?.MediaType == "application/problem+json"
            ? (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("title").GetString()
            : null;
        var code = (int)response.StatusCode switch
        {
            400 => ErrorCode.Invalid,
            403 or 401 => ErrorCode.Forbidden,
            404 => ErrorCode.NotFound,
            409 => ErrorCode.Conflict,
            422 => ErrorCode.RuleViolated,
            _ => throw new HttpRequestException($"The service answered {(int)response.StatusCode}.", null, response.StatusCode),
        };
        throw new DomainException(code, title ?? response.ReasonPhrase ?? "Refused.");
    }
}
