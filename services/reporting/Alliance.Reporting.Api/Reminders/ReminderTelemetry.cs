using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Alliance.Reporting.Api.Reminders;

/// <summary>Each reminder run as a trace, and the counts the centre's engineers watch: reminders recorded, sent, failed and late.</summary>
internal static class ReminderTelemetry
{
    /// <summary>The application's own name: ServiceDefaults traces the source named after it.</summary>
    public const string SourceName = "Alliance.Reporting.Api";
    public const string MeterName = "Alliance.Reporting.Reminders";

    public static readonly ActivitySource Source = new(SourceName);
    private static readonly Meter Meter = new(MeterName);

    public static readonly Counter<long> Recorded = Meter.CreateCounter<long>("alliance.reminders.recorded", description: "Reminders recorded (each a notification)");
    public static readonly Counter<long> Sent = Meter.CreateCounter<long>("alliance.reminders.sent", description: "Reminder e-mails sent");
    public static readonly Counter<long> Failed = Meter.CreateCounter<long>("alliance.reminders.failed", description: "Reminder e-mails failed after their tries");
    public static readonly Counter<long> Late = Meter.CreateCounter<long>("alliance.reminders.late", description: "Reminders recorded after the day they were due on");
}
