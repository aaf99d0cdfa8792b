using Alliance.ServiceDefaults;
using MassTransit;

namespace Alliance.Integration.Tests.Infrastructure;

/// <summary>
/// A bus on the running system's RabbitMQ, for tests that publish an event as another service
/// would: a redelivery, an older state arriving late, or an event ahead of the data it names.
/// </summary>
public sealed class SystemBus : IAsyncDisposable
{
    private readonly IBusControl _bus;

    private SystemBus(IBusControl bus) => _bus = bus;

    public static async Task<SystemBus> StartAsync(SystemFixture system, CancellationToken cancellationToken)
    {
        var broker = new Uri(await system.ConnectionStringAsync(ResourceNames.RabbitMq));
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(broker, host => host.PublisherConfirmation = true));
        await bus.StartAsync(cancellationToken);
        return new SystemBus(bus);
    }

    public Task PublishAsync<TEvent>(TEvent message, CancellationToken cancellationToken) where TEvent : class =>
        _bus.Publish(message, cancellationToken);

    public async ValueTask DisposeAsync() => await _bus.StopAsync();
}
