using System.Collections.Concurrent;
using Alliance.Contracts;

namespace Alliance.Messaging.Outbox;

/// <summary>
/// The integration events the outbox can carry: any <see cref="IIntegrationEvent"/> class, stored by
/// full name so a row survives a rebuild, and resolved among the assemblies loaded in the process
/// (the contracts assembly first).
/// </summary>
internal static class EventTypes
{
    private static readonly ConcurrentDictionary<string, Type> Known = new(
        typeof(IIntegrationEvent).Assembly.GetTypes().Where(IsEvent).Select(t => KeyValuePair.Create(t.FullName!, t)));

    public static string NameOf(Type type) =>
        IsEvent(type) ? Known.GetOrAdd(type.FullName!, type).FullName! : throw new ArgumentException($"{type} is not an integration event.", nameof(type));

    public static Type Resolve(string name) =>
        Known.TryGetValue(name, out var type) || TryFindLoaded(name, out type)
            ? type
            : throw new InvalidOperationException($"Unknown integration event type '{name}'.");

    private static bool TryFindLoaded(string name, out Type type)
    {
        var found = AppDomain.CurrentDomain.GetAssemblies()
            .Select(assembly => assembly.GetType(name, throwOnError: false))
            .FirstOrDefault(candidate => candidate is not null && IsEvent(candidate));
        type = found is null ? typeof(void) : Known.GetOrAdd(name, found);
        return found is not null;
    }

    private static bool IsEvent(Type type) =>
        type is { IsClass: true, IsAbstract: false, FullName: not null } && typeof(IIntegrationEvent).IsAssignableFrom(type);
}
