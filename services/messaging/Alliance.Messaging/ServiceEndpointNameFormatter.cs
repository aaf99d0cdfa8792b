using MassTransit;

namespace Alliance.Messaging;

/// <summary>
/// MassTransit's kebab-case names with the service's prefix (<c>revenue-alliance-registered</c>), except
/// that a generic consumer is named after its definition rather than its last type argument: the shared
/// <c>AllianceRegisteredConsumer&lt;RevenueDbContext&gt;</c> takes the queue a service's own
/// <c>AllianceRegisteredConsumer</c> had, instead of sharing one named after the DbContext with its siblings.
/// </summary>
internal sealed class ServiceEndpointNameFormatter(string serviceName) : IEndpointNameFormatter
{
    private const string ConsumerSuffix = "Consumer";
    private readonly KebabCaseEndpointNameFormatter _inner = new(serviceName, includeNamespace: false);

    public string Separator => _inner.Separator;

    public string TemporaryEndpoint(string tag) => _inner.TemporaryEndpoint(tag);

    public string Consumer<T>() where T : class, IConsumer
    {
        if (!typeof(T).IsGenericType)
        {
            return _inner.Consumer<T>();
        }

        var name = typeof(T).Name[..typeof(T).Name.IndexOf('`')];
        return _inner.SanitizeName(serviceName + (name.EndsWith(ConsumerSuffix, StringComparison.Ordinal) ? name[..^ConsumerSuffix.Length] : name));
    }

    public string Message<T>() where T : class => _inner.Message<T>();

    public string Saga<T>() where T : class, ISaga => _inner.Saga<T>();

    public string ExecuteActivity<T, TArguments>() where T : class, IExecuteActivity<TArguments> where TArguments : class =>
        _inner.ExecuteActivity<T, TArguments>();

    public string CompensateActivity<T, TLog>() where T : class, ICompensateActivity<TLog> where TLog : class =>
        _inner.CompensateActivity<T, TLog>();

    public string SanitizeName(string name) => _inner.SanitizeName(name);
}
