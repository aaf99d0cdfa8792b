using System.Net.Http.Json;
using Alliance.ServiceDefaults;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

[assembly: AssemblyFixture(typeof(Alliance.Integration.Tests.Infrastructure.SystemFixture))]

namespace Alliance.Integration.Tests.Infrastructure;

/// <summary>
/// The whole system, started once per test run by Aspire.Hosting.Testing in local-process mode,
/// in a data folder of its own (so it never meets a running ./run.sh), shared by every test.
/// Each test makes its own data.
/// </summary>
public sealed class SystemFixture : IAsyncLifetime
{
    // Generous: on a busy two-core machine building and starting every project takes several minutes.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(8);
    private DistributedApplication? _app;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The system has not started.");

    /// <summary>The gateway, anonymously.</summary>
    public HttpClient Gateway { get; private set; } = null!;

    /// <summary>The gateway as the first administrator (centre-admin), with a personal access token made after enrolling its authenticator.</summary>
    public HttpClient Admin { get; private set; } = null!;

    public string DataDirectory { get; } = TestData.NewFolder("system");

    /// <summary>The first administrator's (<c>admin</c>) password, new for each run.</summary>
    public string AdminPassword { get; } = $"Adm1n-{Guid.NewGuid():N}";

    public const string AdminUserName = "admin";

    /// <summary>
    /// A PI account made once per run, for alliances whose PI no test signs in as: an alliance's PI must
    /// name an existing account.
    /// </summary>
    public const string SharedPiUserName = "pi.chen";

    public async ValueTask InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Alliance_AppHost>(
            ["ALLIANCE_INFRA=local", $"ALLIANCE_DATA_DIR={DataDirectory}", "ALLIANCE_GATEWAY_PORT=0", $"ALLIANCE_ADMIN_PASSWORD={AdminPassword}"],
            timeout.Token);
        // Every test comes from one address; the doors' limits per address are raised for the run, not removed.
        builder.CreateResourceBuilder<ProjectResource>(ResourceNames.Gateway)
            .WithEnvironment("Gateway__RateLimits__SignInsPerMinute", "1000")
            .WithEnvironment("Gateway__RateLimits__RegistrationsPerMinute", "1000")
            // The account backfill's timer (hourly), short so a test can plant an old account and see it published.
            .WithEnvironment("Gateway__AccountBackfill__Interval", "00:00:02");
        builder.Services.AddLogging(logging => logging.AddProvider(new ServiceLogFile()));
        // The test run starts no dashboard: exporters aimed at its port would only spend the run's processors retrying.
        foreach (var service in builder.Resources.OfType<ProjectResource>().ToArray())
        {
            builder.CreateResourceBuilder(service).WithEnvironment("OTEL_EXPORTER_OTLP_ENDPOINT", "");
        }

        _app = await builder.BuildAsync(timeout.Token);
        await _app.StartAsync(timeout.Token);
        await _app.ResourceNotifications.WaitForResourceHealthyAsync(ResourceNames.Gateway, timeout.Token);
        Gateway = _app.CreateHttpClient(ResourceNames.Gateway);
        Admin = await ClientWithTokenAsync(AdminUserName, AdminPassword);
        using var sharedPi = await Admin.PostAsJsonAsync("/api/auth/users",
            new { userName = SharedPiUserName, displayName = "陳主持人", password = $"Pi-{Guid.NewGuid():N}", roles = new[] { "pi" } }, timeout.Token);
        sharedPi.EnsureSuccessStatusCode();
    }

    /// <summary>A client of the gateway that carries a new personal access token of the account.</summary>
    public async Task<HttpClient> ClientWithTokenAsync(string userName, string password)
    {
        var token = await TestAccounts.PersonalTokenAsync(Gateway, userName, password);
        var client = App.CreateHttpClient(ResourceNames.Gateway);
        client.DefaultRequestHeaders.Authorization = new global::System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A client of the gateway that carries a session token (an hour) of the account, as a script signed in with its password would.</summary>
    public async Task<HttpClient> ClientWithSessionTokenAsync(string userName, string password)
    {
        var token = await TestAccounts.SessionTokenAsync(Gateway, userName, password);
        var client = App.CreateHttpClient(ResourceNames.Gateway);
        client.DefaultRequestHeaders.Authorization = new global::System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task<string> ConnectionStringAsync(string resource) =>
        await App.GetConnectionStringAsync(resource)
        ?? throw new InvalidOperationException($"{resource} has no connection string.");

    public async ValueTask DisposeAsync()
    {
        Gateway?.Dispose();
        Admin?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        TestData.Remove(DataDirectory);
    }
}
