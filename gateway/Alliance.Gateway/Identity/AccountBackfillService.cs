using Microsoft.Extensions.Options;

namespace Alliance.Gateway.Identity;

public sealed class AccountBackfillOptions
{
    public const string Section = "Gateway:AccountBackfill";

    /// <summary>
    /// How long the backfill sleeps between passes. It runs at start-up and then on this timer, so an account
    /// that reaches the database without its event (a restore of an old backup) is published without a restart.
    /// </summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>Runs <see cref="AccountBackfill"/> when the gateway starts and then every <see cref="AccountBackfillOptions.Interval"/>.</summary>
internal sealed partial class AccountBackfillService(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<AccountBackfillOptions> options,
    ILogger<AccountBackfillService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var written = await scope.ServiceProvider.GetRequiredService<AccountBackfill>().PublishUnpublishedAsync(stoppingToken);
                if (written > 0)
                {
                    LogPublished(written);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The next pass tries again; what was committed before the failure stays published once.
                LogFailed(exception);
            }

            await Task.Delay(options.Value.Interval, clock, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Published {Count} account events an earlier install never published.")]
    private partial void LogPublished(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing the accounts an earlier install never published failed; the next pass tries again.")]
    private partial void LogFailed(Exception exception);
}
