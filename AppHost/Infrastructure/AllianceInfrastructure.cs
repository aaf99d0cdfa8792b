using Alliance.ServiceDefaults;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;

namespace Alliance.AppHost.Infrastructure;

/// <summary>The PostgreSQL server, its databases and the RabbitMQ broker, however they are run.</summary>
public sealed class AllianceInfrastructure
{
    private readonly Func<string, IResourceBuilder<IResourceWithConnectionString>> _database;

    private AllianceInfrastructure(
        string dataDirectory,
        LocalSecrets secrets,
        IResourceBuilder<IResourceWithConnectionString> postgres,
        IResourceBuilder<IResourceWithConnectionString> broker,
        Func<string, IResourceBuilder<IResourceWithConnectionString>> database)
    {
        DataDirectory = dataDirectory;
        Secrets = secrets;
        Postgres = postgres;
        Broker = broker;
        _database = database;
    }

    /// <summary>The data folder (<c>ALLIANCE_DATA_DIR</c>); reporting writes its .eml files under it.</summary>
    public string DataDirectory { get; }

    /// <summary>The secrets kept beside the data, generated on first start.</summary>
    public LocalSecrets Secrets { get; }

    public IResourceBuilder<IResourceWithConnectionString> Postgres { get; }
    public IResourceBuilder<IResourceWithConnectionString> Broker { get; }

    public IResourceBuilder<IResourceWithConnectionString> Database(string name) => _database(name);

    /// <summary>
    /// Chooses the mode (<c>ALLIANCE_INFRA</c>), opens the data folder (<c>ALLIANCE_DATA_DIR</c>,
    /// default <c>.alliance-data</c> beside the AppHost folder) and its secrets, and adds the servers.
    /// </summary>
    public static AllianceInfrastructure Add(IDistributedApplicationBuilder builder)
    {
        var dataDirectory = Path.GetFullPath(builder.Configuration["ALLIANCE_DATA_DIR"]
            ?? Path.Combine(builder.AppHostDirectory, "..", ".alliance-data"));
        var secrets = LocalSecrets.Open(dataDirectory);
        var postgresPassword = builder.AddSecretParameter(secrets, "postgres-password");
        var brokerPassword = builder.AddSecretParameter(secrets, "rabbitmq-password");

        return InfrastructureModes.Choose(builder.Configuration["ALLIANCE_INFRA"]) switch
        {
            InfrastructureMode.Local => Local(builder, dataDirectory, secrets, postgresPassword, brokerPassword),
            _ => Containers(builder, dataDirectory, secrets, postgresPassword, brokerPassword),
        };
    }

    private static AllianceInfrastructure Local(
        IDistributedApplicationBuilder builder, string dataDirectory, LocalSecrets secrets,
        IResourceBuilder<ParameterResource> postgresPassword, IResourceBuilder<ParameterResource> brokerPassword)
    {
        var servers = ServerFolders.For(dataDirectory, secrets.GetOrCreate("data-folder-id"));
        var postgres = builder.AddLocalPostgres(ResourceNames.Postgres, postgresPassword, secrets.GetOrCreate("postgres-password"), servers);
        var broker = builder.AddLocalRabbitMq(ResourceNames.RabbitMq, brokerPassword, dataDirectory, servers);
        return new AllianceInfrastructure(
            dataDirectory,
            secrets,
            postgres.AsConnectionString(),
            broker.AsConnectionString(),
            name => postgres.AddDatabase(name).AsConnectionString());
    }

    private static AllianceInfrastructure Containers(
        IDistributedApplicationBuilder builder, string dataDirectory, LocalSecrets secrets,
        IResourceBuilder<ParameterResource> postgresPassword, IResourceBuilder<ParameterResource> brokerPassword)
    {
        var postgres = builder.AddPostgres(ResourceNames.Postgres, password: postgresPassword).WithDataVolume("alliance-postgres");
        var broker = builder.AddRabbitMQ(ResourceNames.RabbitMq, password: brokerPassword).WithDataVolume("alliance-rabbitmq");
        return new AllianceInfrastructure(
            dataDirectory,
            secrets,
            postgres.AsConnectionString(),
            broker.AsConnectionString(),
            name => postgres.AddDatabase(name).AsConnectionString());
    }

}

public static class SecretParameters
{
    /// <summary>A secret parameter whose value comes from configuration when given, else from the kept secrets.</summary>
    public static IResourceBuilder<ParameterResource> AddSecretParameter(this IDistributedApplicationBuilder builder, LocalSecrets secrets, string name)
    {
        builder.Configuration[$"Parameters:{name}"] ??= secrets.GetOrCreate(name);
        return builder.AddParameter(name, secret: true);
    }
}

internal static class ResourceBuilderCasts
{
    public static IResourceBuilder<IResourceWithConnectionString> AsConnectionString<T>(this IResourceBuilder<T> builder)
        where T : IResourceWithConnectionString =>
        new CastBuilder<T>(builder);

    private sealed class CastBuilder<T>(IResourceBuilder<T> inner) : IResourceBuilder<IResourceWithConnectionString>
        where T : IResourceWithConnectionString
    {
        public IDistributedApplicationBuilder ApplicationBuilder => inner.ApplicationBuilder;
        public IResourceWithConnectionString Resource => inner.Resource;
        public IResourceBuilder<IResourceWithConnectionString> WithAnnotation<TAnnotation>(TAnnotation annotation, ResourceAnnotationMutationBehavior behavior = ResourceAnnotationMutationBehavior.Append)
            where TAnnotation : IResourceAnnotation
        {
            inner.WithAnnotation(annotation, behavior);
            return this;
        }
    }
}
