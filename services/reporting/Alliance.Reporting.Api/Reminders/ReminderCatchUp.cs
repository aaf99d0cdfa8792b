namespace Alliance.Reporting.Api.Reminders;

/// <summary>
/// On start, one run: the reminders of days the service was down for go out now (late), while their deadline has not
/// passed. Then, every minute, the e-mails due a retry.
/// </summary>
internal sealed class ReminderCatchUp(IServiceScopeFactory scopes, ReminderMailer mailer, ILogger<ReminderCatchUp> logger) : BackgroundService
{
    private static readonly TimeSpan RetryEvery = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ReminderRun>().RunAsync("start", stoppingToken);
        }

        using var timer = new PeriodicTimer(RetryEvery);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await mailer.SendDueAsync(stoppingToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // The database away for a moment: the rows stay due and the next tick tries them.
                logger.LogWarning(failure, "Reminder e-mail sweep failed");
            }
        }
    }
}
