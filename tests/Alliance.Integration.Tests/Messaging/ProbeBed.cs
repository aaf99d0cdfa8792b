using Alliance.Messaging;
using Alliance.Messaging.Outbox;
using Alliance.ServiceDefaults;
using Alliance.Integration.Tests.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Alliance.Integration.Tests.Messaging;

/// <summary>
/// One test's own database (with outbox, inbox and effects) on the run's PostgreSQL, and hosts
/// that run the real messaging library against it: relay, consumer, or both.
/// </summary>
public sealed class ProbeBed : IAsyncDisposable
{
    private readonly List<IHost> _hosts = [];
    private readonly List<string> _databases = [];
    private readonly string _server;

    private ProbeBed(string server) => _server = server;

    public Guid RunId { get; } = Guid.NewGuid();

    public string QueueName => $"probe-{RunId:N}-probe";

    public static async Task<ProbeBed> CreateAsync(SystemFixture system) =>
        new(await system.ConnectionStringAsync(ResourceNames.Postgres));

    /// <summary>A fresh database with the messaging tables and the outbox trigger.</summary>
    public async Task<string> NewDatabaseAsync()
    {
        var connectionString = new NpgsqlConnectionStringBuilder(_server) { Database = $"probe_{Guid.NewGuid():N}" }.ConnectionString;
        await using var db = Open(connectionString);
        await db.Database.EnsureCreatedAsync();
        await db.Database.ExecuteSqlRawAsync(MessagingModel.OutboxNotifyTriggerSql);
        _databases.Add(connectionString);
        return connectionString;
    }

    public static ProbeDb Open(string connectionString) =>
        new(new DbContextOptionsBuilder<ProbeDb>().UseNpgsql(connectionString).Options);

    /// <summary>Writes probes to the outbox, each in its own transaction, as a service's change would.</summary>
    public static async Task WriteAsync(string database, params ProbeHappened[] probes)
    {
        foreach (var probe in probes)
        {
            await using var db = Open(database);
            db.AddEvent(probe);
            await db.SaveChangesAsync();
        }
    }

    public static async Task<OutboxMessage[]> OutboxAsync(string database)
    {
        await using var db = Open(database);
        return await db.Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.Sequence).ToArrayAsync();
    }

    public async Task<ProbeEffect[]> EffectsAsync(string database)
    {
        await using var db = Open(database);
        return await db.Effects.AsNoTracking().Where(e => e.RunId == RunId).OrderBy(e => e.Id).ToArrayAsync();
    }

    /// <summary>Starts a host with the messaging library over <paramref name="database"/> and <paramref name="broker"/>.</summary>
    public async Task<IHost> StartHostAsync(string broker, string database, bool consume, Action<OutboxRelayOptions>? relay = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration[$"ConnectionStrings:{ResourceNames.RabbitMq}"] = broker;
        builder.Services.AddLogging();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(new ProbeRun(RunId));
        builder.Services.AddDbContext<ProbeDb>(options => options.UseNpgsql(database));
        builder.AddAllianceMessaging<ProbeDb>($"probe-{RunId:N}", consumers =>
        {
            if (consume)
            {
                consumers.AddConsumer<ProbeConsumer>().Endpoint(endpoint => endpoint.ConcurrentMessageLimit = 1);
            }
        });
        builder.Services.Configure<OutboxRelayOptions>(options =>
        {
            options.PublishTimeout = TimeSpan.FromSeconds(2);
            options.LeadershipRetryInterval = TimeSpan.FromMilliseconds(200);
            relay?.Invoke(options);
        });
        builder.Services.Configure<MassTransitHostOptions>(options =>
        {
            options.WaitUntilStarted = true;
            options.StartTimeout = TimeSpan.FromSeconds(60);
        });

        var host = builder.Build();
        await host.StartAsync();
        _hosts.Add(host);
        return host;
    }

    public static DeliveryCounter CountDeliveries(IHost host, Guid runId)
    {
        var counter = new DeliveryCounter(runId);
        host.Services.GetRequiredService<IBus>().ConnectConsumeObserver(counter);
        return counter;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await StopAsync(host);
        }

        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        foreach (var database in _databases)
        {
            var name = new NpgsqlConnectionStringBuilder(database).Database;
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    public static async Task StopAsync(IHost host)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            await host.StopAsync(timeout.Token);
        }
        catch (ObjectDisposedException)
        {
            return;
        }

        host.Dispose();
    }
}
