using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Demo.Load;
using Alliance.ServiceDefaults;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Alliance.Bench;

/// <summary>The system under measurement, started by Aspire.Hosting.Testing like the test suite, in its own folder.</summary>
internal sealed class BenchSystem : IAsyncDisposable
{
    private readonly bool _kept;

    private BenchSystem(DistributedApplication app, string dataDirectory, bool kept, string adminPassword)
    {
        App = app;
        DataDirectory = dataDirectory;
        _kept = kept;
        AdminPassword = adminPassword;
        Gateway = app.CreateHttpClient(ResourceNames.Gateway);
    }

    public DistributedApplication App { get; }
    public string DataDirectory { get; }
    public string AdminPassword { get; }
    public HttpClient Gateway { get; }

    /// <summary>
    /// Starts the system in <paramref name="dataDirectory"/>, kept afterwards (and its first
    /// administrator's password the one its first start generated), or in a new folder under the temp
    /// directory, removed afterwards.
    /// </summary>
    public static async Task<BenchSystem> StartAsync(string? dataDirectory = null)
    {
        var kept = dataDirectory is not null;
        dataDirectory = kept ? Path.GetFullPath(dataDirectory!) : Path.Combine(Path.GetTempPath(), $"alliance-bench-{Guid.NewGuid():N}"[..22]);
        var adminPassword = kept ? null : $"Bench-{Guid.NewGuid():N}";
        Console.Error.WriteLine($"Starting the system in {dataDirectory} …");
        string[] settings = ["ALLIANCE_INFRA=local", $"ALLIANCE_DATA_DIR={dataDirectory}", "ALLIANCE_GATEWAY_PORT=0"];
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Alliance_AppHost>(
            adminPassword is null ? settings : [.. settings, $"ALLIANCE_ADMIN_PASSWORD={adminPassword}"]);
        // Every PI of the demo signs in once, all from this one address: at ten times the scale some 870
        // sign-ins, which the door's 60 a minute would spread over a quarter of an hour of the timed load.
        // Raised for the run, as the test run does, not removed.
        builder.CreateResourceBuilder<ProjectResource>(ResourceNames.Gateway).WithEnvironment("Gateway__RateLimits__SignInsPerMinute", "5000");
        // The runtime settings a run is given (`DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 dotnet run … all` lets
        // `perf record -p <pid>` name the services' compiled methods) reach every service, for profiling and for trying a setting.
        var knobs = RuntimeKnobs.Where(k => Environment.GetEnvironmentVariable(k) is { Length: > 0 }).ToArray();
        foreach (var project in builder.Resources.OfType<ProjectResource>().ToArray())
        {
            var service = builder.CreateResourceBuilder(project);
            foreach (var knob in knobs)
            {
                service.WithEnvironment(knob, Environment.GetEnvironmentVariable(knob));
            }

            // A bench run starts no dashboard: exporters aimed at its port would time and retry exports nothing receives.
            service.WithEnvironment("OTEL_EXPORTER_OTLP_ENDPOINT", "");
        }

        // The bench's own calls are logged by nobody: a log line per timed request would be timed too.
        builder.Services.AddLogging(logging => logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning));
        var app = await builder.BuildAsync();
        await app.StartAsync();
        await app.ResourceNotifications.WaitForResourceHealthyAsync(ResourceNames.Gateway);
        return new BenchSystem(app, dataDirectory, kept, adminPassword ?? StoredAdminPassword(dataDirectory));
    }

    private static readonly string[] RuntimeKnobs =
    [
        "DOTNET_PerfMapEnabled", "DOTNET_EnableWriteXorExecute", "DOTNET_gcServer", "DOTNET_GCDynamicAdaptationMode",
        "DOTNET_ThreadPool_UnfairSemaphoreSpinLimit", "DOTNET_TieredPGO", "DOTNET_TieredCompilation",
    ];

    private static string StoredAdminPassword(string dataDirectory) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(dataDirectory, "secrets.json")))!["admin-password"];

    private readonly Dictionary<string, Authenticator> _authenticators = [];

    /// <summary>
    /// A gateway client carrying a fresh bearer token of the account. The administrator enrols an
    /// authenticator the first time (until then its token serves only enrolment) and gives a
    /// one-time code afterwards.
    /// </summary>
    public async Task<HttpClient> SignedInAsync(string userName, string password)
    {
        var code = _authenticators.TryGetValue(userName, out var known) ? await known.NextCodeAsync() : null;
        using var response = await Gateway.PostAsJsonAsync("/api/auth/token", new { userName, password, oneTimeCode = code });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        var client = App.CreateHttpClient(ResourceNames.Gateway);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var me = await client.GetFromJsonAsync<JsonElement>("/api/auth/me");
        if (me.GetProperty("secondFactorRequired").GetBoolean() && !me.GetProperty("twoFactorEnabled").GetBoolean())
        {
            _authenticators[userName] = await EnrolAsync(client);
        }

        return client;
    }

    private static async Task<Authenticator> EnrolAsync(HttpClient client)
    {
        using var setup = await client.PostAsync("/api/auth/two-factor/setup", null);
        setup.EnsureSuccessStatusCode();
        var authenticator = new Authenticator((await setup.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sharedKey").GetString()!);
        using var enable = await client.PostAsJsonAsync("/api/auth/two-factor/enable", new { code = await authenticator.NextCodeAsync() });
        enable.EnsureSuccessStatusCode();
        return authenticator;
    }

    public async ValueTask DisposeAsync()
    {
        Gateway.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        if (_kept)
        {
            return;
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A server still shutting down may hold a file; the folder is under the temp directory.
        }
    }
}
