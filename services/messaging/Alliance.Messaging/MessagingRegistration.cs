using Alliance.Messaging.Outbox;
using Alliance.ServiceDefaults;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Alliance.Messaging;

public static class MessagingRegistration
{
    /// <summary>
    /// MassTransit over the AppHost's RabbitMQ, with retries and error queues on every endpoint,
    /// and the outbox relay of <typeparamref name="TDb"/>. Consumers are added by
    /// <paramref name="addConsumers"/>, each by name.
    /// </summary>
    public static IHostApplicationBuilder AddAllianceMessaging<TDb>(
        this IHostApplicationBuilder builder,
        string serviceName,
        Action<IBusRegistrationConfigurator>? addConsumers = null) where TDb : DbContext
    {
        var broker = builder.Configuration.GetConnectionString(ResourceNames.RabbitMq)
            ?? throw new InvalidOperationException($"Connection string '{ResourceNames.RabbitMq}' is missing.");

        builder.Services.AddMassTransit(bus =>
        {
            addConsumers?.Invoke(bus);
            // Nothing about a ministry's deployment leaves it unasked: no usage report to the library's makers.
            bus.ConfigureUsageTelemetryOptions(options => options.Enabled = false);
            bus.SetEndpointNameFormatter(new ServiceEndpointNameFormatter(serviceName));
            bus.AddConfigureEndpointsCallback((_, _, endpoint) => endpoint.UseMessageRetry(retry =>
                retry.Exponential(5, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(200))));
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(new Uri(broker), host => host.PublisherConfirmation = true);
                rabbit.ConfigureEndpoints(context);
            });
        });
        builder.Services.AddOptions<OutboxRelayOptions>().BindConfiguration("Messaging:Outbox");
        builder.Services.AddHostedService<OutboxRelay<TDb>>();
        return builder;
    }
}
