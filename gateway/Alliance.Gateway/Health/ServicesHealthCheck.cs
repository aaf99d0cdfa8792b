using Alliance.ServiceDefaults;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Alliance.Gateway.Health;

/// <summary>
/// The gateway is healthy only when every service behind it answers its own <c>/health</c>:
/// "the system is up" is what a caller of the gateway's <c>/health</c> wants to know.
/// </summary>
public sealed class ServicesHealthCheck(IHttpClientFactory clients) : IHealthCheck
{
    public const string ClientName = "service-health";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var client = clients.CreateClient(ClientName);
        var answers = await Task.WhenAll(ResourceNames.Services.Select(service => IsHealthyAsync(client, service.Resource, cancellationToken)));
        var down = answers.Where(a => !a.Healthy).Select(a => a.Resource).ToArray();
        return down.Length == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"Down: {string.Join(", ", down)}");
    }

    private static async Task<(string Resource, bool Healthy)> IsHealthyAsync(HttpClient client, string resource, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await client.GetAsync($"http://{resource}/health", cancellationToken);
            return (resource, response.IsSuccessStatusCode);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return (resource, false);
        }
    }

    public static IHostApplicationBuilder AddServicesHealthCheck(IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpClient(ClientName, client => client.Timeout = TimeSpan.FromSeconds(5));
        builder.Services.AddHealthChecks().AddCheck<ServicesHealthCheck>("services");
        return builder;
    }
}
