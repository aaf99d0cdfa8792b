using System.Net;
using System.Text;
using System.Text.Json;
using Alliance.Integration.Tests.Infrastructure;
using Alliance.ServiceDefaults;

namespace Alliance.Integration.Tests.Hardening;

/// <summary>
/// Every write endpoint of every service and of <c>/api/auth</c>, found in the OpenAPI documents,
/// gets bad bodies through the gateway from a caller it lets in: each answer is a 400 problem
/// naming the field, and none of the test's own records changed.
/// </summary>
public sealed class InputFuzzTests(SystemFixture system)
{
    private static readonly string[] DocumentPrefixes = ["/api/auth", .. ResourceNames.Services.Select(s => s.Prefix)];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryWriteEndpoint_BadBodies_Are400ProblemsNamingTheField_AndChangeNothing()
    {
        var records = await FuzzRecords.CreateAsync(system);
        var endpoints = await FuzzCatalogue.EndpointsAsync(system.Gateway, DocumentPrefixes);
        var before = await records.SnapshotAsync();

        var failures = new List<string>();
        var tried = new HashSet<string>();
        var sent = 0;
        foreach (var endpoint in endpoints)
        {
            var path = Fill(endpoint.Path, records.PathValues);
            var caller = await CallerForAsync(records, endpoint.Method, path);
            foreach (var attack in FuzzCatalogue.AttacksOn(endpoint))
            {
                tried.Add(attack.Kind);
                sent++;
                if (await RefusalAsync(caller, endpoint.Method, path, attack) is { } failure)
                {
                    failures.Add($"{endpoint} with {attack.Kind} in {attack.Field}: {failure}");
                }
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{sent} bad bodies to {endpoints.Count} endpoints");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Superset(new HashSet<string> { FuzzCatalogue.Nul, FuzzCatalogue.NumberForChoice, FuzzCatalogue.Overflow, FuzzCatalogue.WrongType, FuzzCatalogue.Malformed }, tried);
        var after = await records.SnapshotAsync();
        Assert.Equal(before, after);
    }

    /// <summary>
    /// The first of the test alliance's PI, the centre administrator and a ministry officer that the route
    /// itself does not refuse before reading the body (a 403 for another role's routes). So a 400 proves the input check.
    /// </summary>
    private async Task<HttpClient> CallerForAsync(FuzzRecords records, string method, string path)
    {
        foreach (var caller in new[] { records.Pi, system.Admin })
        {
            using var probe = await SendAsync(caller, method, path, "{");
            if (probe.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized))
            {
                return caller;
            }
        }

        return records.Officer;
    }

    /// <summary>Null when the answer is a 400 problem whose <c>errors</c> name the attacked field; otherwise what was wrong.</summary>
    private static async Task<string?> RefusalAsync(HttpClient caller, string method, string path, Attack attack)
    {
        using var response = await SendAsync(caller, method, path, attack.Body);
        var text = await response.Content.ReadAsStringAsync(Cancel);
        if (response.StatusCode != HttpStatusCode.BadRequest || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"{(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType}: {Shorten(text)}";
        }

        var problem = JsonDocument.Parse(text).RootElement;
        return problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(attack.Field, out _)
            ? null
            : $"errors do not name {attack.Field}: {Shorten(text)}";
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path, string body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        return await client.SendAsync(request, Cancel);
    }

    private static string Fill(string template, IReadOnlyDictionary<string, string> values) =>
        global::System.Text.RegularExpressions.Regex.Replace(template, @"\{(\w+)\}", placeholder =>
            values.TryGetValue(placeholder.Groups[1].Value, out var value)
                ? Uri.EscapeDataString(value)
                : throw new InvalidOperationException($"{template}: no record for {placeholder.Value}; add one to {nameof(FuzzRecords)}."));

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
