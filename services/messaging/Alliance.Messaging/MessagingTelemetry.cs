using System.Diagnostics;

namespace Alliance.Messaging;

internal static class MessagingTelemetry
{
    public const string SourceName = "Alliance.Messaging";
    public static readonly ActivitySource Source = new(SourceName);
}
