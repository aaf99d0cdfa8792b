using Alliance.AppHost.Infrastructure;
using Alliance.ServiceDefaults;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;

namespace Alliance.AppHost;

internal static class Resources
{
    private const int DefaultGatewayPort = 5080;

    /// <summary>A back-end service: its own database, the broker, and a health check the others can wait on.</summary>
    public static IResourceBuilder<ProjectResource> AddService<TProject>(
        this IDistributedApplicationBuilder builder, string name, string databaseName, AllianceInfrastructure infrastructure, InternalKeyParameters keys)
        where TProject : IProjectMetadata, new() =>
        builder.AddProject<TProject>(name, launchProfileName: null)
            .WithHttpEndpoint(isProxied: false)
            .WithEnvironment("InternalTokens__PublicKeys", keys.PublicKeys)
            .WithReference(infrastructure.Database(databaseName))
            .WithReference(infrastructure.Broker)
            .WaitFor(infrastructure.Postgres)
            .WaitFor(infrastructure.Broker)
            .WithHttpHealthCheck("/health");

    /// <summary>Reporting's reminder e-mails, without SMTP configured, go as .eml files into <c>mail</c> under the data folder.</summary>
    public static IResourceBuilder<ProjectResource> WithReminderMail(this IResourceBuilder<ProjectResource> reporting, AllianceInfrastructure infrastructure) =>
        reporting.WithEnvironment("Alliance__DataDirectory", infrastructure.DataDirectory);

    /// <summary>The links in reminders start with the gateway's address.</summary>
    public static IResourceBuilder<ProjectResource> WithSiteUrl(this IResourceBuilder<ProjectResource> reporting, IResourceBuilder<ProjectResource> gateway) =>
        reporting.WithEnvironment("Reminders__SiteUrl", gateway.GetEndpoint("http"));

    /// <summary>The only door: on <c>ALLIANCE_GATEWAY_PORT</c> (5080 by default), forwarding to every service.</summary>
    public static IResourceBuilder<ProjectResource> AddGateway(
        this IDistributedApplicationBuilder builder, AllianceInfrastructure infrastructure, InternalKeyParameters keys, params IResourceBuilder<ProjectResource>[] services)
    {
        // ALLIANCE_ADMIN_PASSWORD, when set, is the first administrator's password; it matters only on the first start.
        if (builder.Configuration["ALLIANCE_ADMIN_PASSWORD"] is { Length: > 0 } adminPassword)
        {
            builder.Configuration["Parameters:admin-password"] = adminPassword;
        }

        var admin = builder.AddSecretParameter(infrastructure.Secrets, "admin-password");
        // 0 asks for any free port (the test run's choice, so it never meets a running ./run.sh).
        int? port = int.TryParse(builder.Configuration["ALLIANCE_GATEWAY_PORT"], out var configured) ? configured : DefaultGatewayPort;
        port = port == 0 ? null : port;
        var gateway = builder.AddProject<Projects.Alliance_Gateway>(ResourceNames.Gateway, launchProfileName: null)
            .WithHttpEndpoint(port: port, isProxied: false)
            .WithExternalHttpEndpoints()
            .WithReference(infrastructure.Database(ResourceNames.GatewayDb))
            .WithReference(infrastructure.Broker)
            .WaitFor(infrastructure.Postgres)
            .WaitFor(infrastructure.Broker)
            .WithEnvironment("Alliance__AdminPassword", admin)
            .WithEnvironment("InternalTokens__SigningKey", keys.SigningKey)
            .WithHttpHealthCheck("/health");
        foreach (var service in services)
        {
            gateway.WithReference(service).WaitFor(service);
        }

        return gateway;
    }
}
