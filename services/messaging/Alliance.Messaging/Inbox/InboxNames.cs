namespace Alliance.Messaging.Inbox;

internal static class InboxNames
{
    /// <summary>
    /// The consumer's full name; a generic one's without its type arguments, which name the service's
    /// DbContext (each service has an inbox of its own) and would make the name long and assembly-bound.
    /// </summary>
    public static string Of(Type consumer) =>
        consumer.IsGenericType ? $"{consumer.Namespace}.{consumer.Name[..consumer.Name.IndexOf('`')]}" : consumer.FullName!;
}
