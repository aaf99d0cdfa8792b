using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Alliance.AppHost.Infrastructure;

/// <summary>A RabbitMQ node run from the operating system's package as an Aspire executable.</summary>
public sealed class LocalRabbitMqResource(string name, string command, string workingDirectory, ParameterResource password)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public const string EndpointName = "tcp";

    public EndpointReference Endpoint => new(this, EndpointName);

    public ParameterResource Password { get; } = password;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"amqp://{RabbitMqNode.UserName}:{Password}@{Endpoint.Property(EndpointProperty.IPV4Host)}:{Endpoint.Property(EndpointProperty.Port)}");
}

public static class LocalRabbitMq
{
    /// <summary>
    /// Adds a RabbitMQ node (and its own epmd, stopped with it) with its data in
    /// <paramref name="serverDirectory"/>/rabbitmq (see <see cref="ServerFolders"/>), named after
    /// <paramref name="dataDirectory"/>, listening on 127.0.0.1 only.
    /// </summary>
    public static IResourceBuilder<LocalRabbitMqResource> AddLocalRabbitMq(
        this IDistributedApplicationBuilder builder, string name, IResourceBuilder<ParameterResource> password, string dataDirectory, string serverDirectory)
    {
        var node = new RabbitMqNode(
            Path.Combine(serverDirectory, "rabbitmq"),
            NodeName: $"{RabbitMqNode.SafeName(Path.GetFileName(Path.GetFullPath(dataDirectory).TrimEnd('/')))}@localhost",
            DistributionPort: RabbitMqNode.FreePort(),
            EpmdPort: RabbitMqNode.FreePort());
        node.Prepare();

        var (epmdCommand, epmdArguments) = node.Epmd();
        var epmd = builder.AddExecutable($"{name}-epmd", epmdCommand, node.DataDirectory, epmdArguments).ExcludeFromManifest();

        var (command, arguments) = node.Server();
        var resource = new LocalRabbitMqResource(name, command, node.DataDirectory, password.Resource);
        var healthKey = $"{name}-answers-amqp";
        builder.Services.AddHealthChecks().AddAsyncCheck(healthKey, cancellationToken => AnswersAsync(resource, cancellationToken));

        var rabbit = builder.AddResource(resource)
            .WithArgs(arguments)
            .WithEndpoint(name: LocalRabbitMqResource.EndpointName, scheme: "tcp", env: "RABBITMQ_NODE_PORT")
            .WithEnvironment("RABBITMQ_DEFAULT_PASS", password)
            .WithHealthCheck(healthKey)
            .WaitFor(epmd)
            .ExcludeFromManifest();
        foreach (var (key, value) in node.Environment())
        {
            rabbit.WithEnvironment(key, value);
        }

        return rabbit;
    }

    private static async Task<HealthCheckResult> AnswersAsync(LocalRabbitMqResource resource, CancellationToken cancellationToken)
    {
        if (!resource.Endpoint.IsAllocated)
        {
            return HealthCheckResult.Unhealthy("RabbitMQ has no port yet.");
        }

        return await AmqpProbe.AnswersAsync("127.0.0.1", resource.Endpoint.Port, cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("RabbitMQ does not answer AMQP yet.");
    }
}
