using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Alliance.AppHost.Infrastructure;

/// <summary>A PostgreSQL server run from the operating system's packages as an Aspire executable.</summary>
public sealed class LocalPostgresResource(string name, string command, string workingDirectory, ParameterResource password)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public const string EndpointName = "tcp";

    public EndpointReference Endpoint => new(this, EndpointName);

    public ParameterResource Password { get; } = password;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"Host={Endpoint.Property(EndpointProperty.IPV4Host)};Port={Endpoint.Property(EndpointProperty.Port)};Username=postgres;Password={Password}");
}

/// <summary>One service's database on a <see cref="LocalPostgresResource"/>; the service's migrations create it.</summary>
public sealed class LocalPostgresDatabaseResource(string name, string databaseName, LocalPostgresResource parent)
    : Resource(name), IResourceWithParent<LocalPostgresResource>, IResourceWithConnectionString
{
    public LocalPostgresResource Parent { get; } = parent;

    public string DatabaseName { get; } = databaseName;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{Parent};Database={DatabaseName}");
}

public static class LocalPostgres
{
    public const string Account = "postgres";

    /// <summary>
    /// Adds PostgreSQL with its data in <paramref name="serverDirectory"/>/postgres (see
    /// <see cref="ServerFolders"/>), initialised on first start with <paramref name="passwordValue"/>,
    /// listening on 127.0.0.1 only.
    /// </summary>
    public static IResourceBuilder<LocalPostgresResource> AddLocalPostgres(
        this IDistributedApplicationBuilder builder, string name, IResourceBuilder<ParameterResource> password,
        string passwordValue, string serverDirectory)
    {
        var binaries = FindBinaries();
        var cluster = Path.Combine(serverDirectory, "postgres");
        var sockets = Path.Combine(serverDirectory, "postgres-run");
        Initialise(binaries, cluster, sockets, passwordValue);

        var (command, arguments) = ServiceAccount.Wrap(Account, Path.Combine(binaries, "postgres"),
            "-D", cluster,
            "-c", "listen_addresses=127.0.0.1",
            "-c", $"unix_socket_directories={sockets}",
            "-c", "max_connections=300",
            "-c", "log_destination=stderr",
            "-c", "logging_collector=off");

        var resource = new LocalPostgresResource(name, command, serverDirectory, password.Resource);
        var healthKey = $"{name}-accepts-connections";
        builder.Services.AddHealthChecks().AddAsyncCheck(healthKey, cancellationToken => CanConnectAsync(resource, cancellationToken));

        return builder.AddResource(resource)
            .WithArgs(arguments)
            .WithEndpoint(name: LocalPostgresResource.EndpointName, scheme: "tcp", env: "PGPORT", isProxied: false)
            .WithHealthCheck(healthKey)
            .ExcludeFromManifest();
    }

    public static IResourceBuilder<LocalPostgresDatabaseResource> AddDatabase(
        this IResourceBuilder<LocalPostgresResource> server, string name, string? databaseName = null) =>
        server.ApplicationBuilder.AddResource(new LocalPostgresDatabaseResource(name, databaseName ?? name, server.Resource))
            .ExcludeFromManifest();

    private static async Task<HealthCheckResult> CanConnectAsync(LocalPostgresResource resource, CancellationToken cancellationToken)
    {
        try
        {
            var connectionString = await resource.ConnectionStringExpression.GetValueAsync(cancellationToken);
            await using var connection = new NpgsqlConnection($"{connectionString};Timeout=3;Pooling=false");
            await connection.OpenAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException or System.Net.Sockets.SocketException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("PostgreSQL does not accept connections yet.");
        }
    }

    private static string FindBinaries()
    {
        var root = "/usr/lib/postgresql";
        var newest = Directory.Exists(root)
            ? Directory.GetDirectories(root)
                .Select(path => (Path: path, Version: int.TryParse(Path.GetFileName(path), out var v) ? v : 0))
                .Where(d => File.Exists(Path.Combine(d.Path, "bin", "postgres")))
                .OrderByDescending(d => d.Version)
                .Select(d => Path.Combine(d.Path, "bin"))
                .FirstOrDefault()
            : null;
        return newest ?? throw new InvalidOperationException(
            "No PostgreSQL server found under /usr/lib/postgresql. Install it (./run.sh does: apt-get install postgresql) or set ALLIANCE_INFRA=containers.");
    }

    private static void Initialise(string binaries, string cluster, string sockets, string password)
    {
        ServiceAccount.GiveDirectory(Account, sockets);
        if (File.Exists(Path.Combine(cluster, "PG_VERSION")))
        {
            return;
        }

        ServiceAccount.GiveDirectory(Account, cluster);
        var passwordFile = Path.Combine(sockets, "initdb-password");
        File.WriteAllText(passwordFile, password);
        if (ServiceAccount.RunningAsRoot)
        {
            ServiceAccount.Run("chown", $"{Account}:{Account}", passwordFile);
        }

        try
        {
            var (command, arguments) = ServiceAccount.Wrap(Account, Path.Combine(binaries, "initdb"),
                "-D", cluster, "-U", "postgres", $"--pwfile={passwordFile}",
                "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C.UTF-8");
            ServiceAccount.Run(command, arguments);
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }
}
