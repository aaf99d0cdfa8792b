using Quartz;

namespace Alliance.Reporting.Api.Reminders;

/// <summary>
/// The hourly firing Quartz keeps in reporting's database (clustered: one instance of the cluster fires each time);
/// a firing missed while every instance was down fires once when one starts again.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class ReminderJob(ReminderRun run) : IJob
{
    public static readonly JobKey Key = new("reminders", "reporting");
    public static readonly TriggerKey Hourly = new("reminders-hourly", "reporting");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await run.RunAsync("scheduled", cancellationToken);
}
