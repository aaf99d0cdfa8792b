using Alliance.Reporting.Api.Data;
using Alliance.Reporting.Domain.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Alliance.Reporting.Api.Reminders;

/// <summary>
/// One scheduled run: for every open year, records what <see cref="ReminderPlan.Due"/> says is due now (today's firings
/// once the year's hour is reached, missed reminders late), then sends the e-mails. Safe to run anywhere, any number of
/// times at once: the log's key records each reminder once.
/// </summary>
internal sealed class ReminderRun(ReportingDbContext db, ReminderMailer mailer, IOptions<ReminderOptions> options, TimeProvider clock, ILogger<ReminderRun> logger)
{
    public async Task<Recorded> RunAsync(string trigger, CancellationToken cancellationToken)
    {
        using var activity = ReminderTelemetry.Source.StartActivity("reminders run");
        activity?.SetTag("reminders.trigger", trigger);
        var now = clock.GetUtcNow();
        var (reached, already) = (0, 0);
        var years = await db.Years.AsNoTracking().Where(y => y.ClosedAt == null).Select(y => y.Year).ToListAsync(cancellationToken);
        var centre = await ReminderStandings.CentreAsync(db, cancellationToken);
        foreach (var year in years)
        {
            var calendar = await ReminderStandings.CalendarAsync(db, year, cancellationToken);
            if (calendar is null || !InReach(calendar, now))
            {
                continue;
            }

            var alliances = await ReminderStandings.AlliancesAsync(db, calendar.Year, cancellationToken);
            var recorded = await ReminderRecorder.RecordAsync(db, ReminderPlan.Due(now, calendar, alliances, centre), options.Value.SiteUrl, now, cancellationToken);
            (reached, already) = (reached + recorded.Reached, already + recorded.AlreadyReminded);
        }

        activity?.SetTag("reminders.recorded", reached);
        activity?.SetTag("reminders.already", already);
        logger.LogInformation("Reminder run ({Trigger}) recorded {Reached} reminders, {Already} already recorded", trigger, reached, already);
        await mailer.SendDueAsync(cancellationToken);
        return new Recorded(reached, already);
    }

    /// <summary>Whether any deadline of the year is close enough to now for a reminder or an overdue notice (skips the years long past or far ahead).</summary>
    private static bool InReach(YearReminders calendar, DateTimeOffset now)
    {
        var today = Domain.Punctuality.TaiwanDateOf(now);
        var ahead = calendar.Settings.DaysBefore.Max();
        return calendar.Deadlines.Values.Any(date =>
            date.DayNumber - today.DayNumber <= ahead && today.DayNumber - date.DayNumber <= ReminderCalendar.OverdueWeeks * 7);
    }
}
