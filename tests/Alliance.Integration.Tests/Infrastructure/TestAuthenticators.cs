using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Alliance.Integration.Tests.Infrastructure;

/// <summary>
/// The authenticator apps of the run's accounts that enrolled one (the first administrator, the
/// officers and centre staff that tests create): each account's key and the last time step whose code
/// the gateway accepted, since the gateway accepts each step once only.
/// </summary>
public static class TestAuthenticators
{
    private static readonly ConcurrentDictionary<string, Authenticator> Enrolled = new(StringComparer.OrdinalIgnoreCase);

    public static bool IsEnrolled(string userName) => Enrolled.ContainsKey(userName);

    /// <summary>Enrols an authenticator for the account that <paramref name="sessionToken"/> belongs to.</summary>
    public static async Task EnrolAsync(HttpClient gateway, string userName, string sessionToken)
    {
        using var setup = await gateway.SendAsync(WithBearer(HttpMethod.Post, "/api/auth/two-factor/setup", sessionToken, null));
        setup.EnsureSuccessStatusCode();
        var key = (await setup.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sharedKey").GetString()!;
        var authenticator = new Authenticator(key);
        using var enable = await gateway.SendAsync(WithBearer(HttpMethod.Post, "/api/auth/two-factor/enable", sessionToken, new { code = await authenticator.NextCodeAsync() }));
        enable.EnsureSuccessStatusCode();
        Enrolled[userName] = authenticator;
    }

    /// <summary>A code the gateway has not yet accepted, for a test that sends it itself; null when the account has no authenticator.</summary>
    public static async Task<string?> NextCodeAsync(string userName) =>
        Enrolled.TryGetValue(userName, out var authenticator) ? await authenticator.NextCodeAsync() : null;

    /// <summary>
    /// Sends a sign-in with a code the gateway has not yet accepted for <paramref name="userName"/> (null when
    /// it has no authenticator). The account's sign-ins go one at a time, so its codes reach the gateway in
    /// the order of their steps: a later step accepted first would make an earlier one a replay.
    /// </summary>
    public static async Task<T> SignInAsync<T>(string userName, Func<string?, Task<T>> send) =>
        Enrolled.TryGetValue(userName, out var authenticator) ? await authenticator.UseNextCodeAsync(send) : await send(null);

    public static HttpRequestMessage WithBearer(HttpMethod method, string path, string token, object? body)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    private sealed class Authenticator(string key)
    {
        private readonly SemaphoreSlim _one = new(1, 1);
        private long _lastStep;

        public Task<string> NextCodeAsync() => UseNextCodeAsync(Task.FromResult);

        /// <summary>
        /// Hands <paramref name="use"/> the code of the step after the last one used, and holds the
        /// authenticator until it is done; waits for the clock when that step is still ahead of the gateway's window.
        /// </summary>
        public async Task<T> UseNextCodeAsync<T>(Func<string, Task<T>> use)
        {
            await _one.WaitAsync();
            try
            {
                var step = Math.Max(_lastStep + 1, TestTotp.CurrentStep);
                while (step > TestTotp.CurrentStep + 1)
                {
                    await Task.Delay(TimeSpan.FromSeconds(1));
                }

                _lastStep = step;
                return await use(TestTotp.Code(key, step));
            }
            finally
            {
                _one.Release();
            }
        }
    }
}
