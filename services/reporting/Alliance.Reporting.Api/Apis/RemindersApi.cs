using System.Globalization;
using Alliance.Messaging.History;
using Alliance.Reporting.Api.Data;
using Alliance.Reporting.Api.Reminders;
using Alliance.Reporting.Domain;
using Alliance.Reporting.Domain.Reminders;
using Alliance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartz;

namespace Alliance.Reporting.Api.Apis;

/// <summary>The centre's view of the reminders: the coming firings of a year, the log of what went to whom, and a round's reminders sent now.</summary>
internal static class RemindersApi
{
    public const string History = "reminders";

    public static RouteGroupBuilder MapRemindersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup($"{Extensions.PublicPrefix}/reminders").WithTags("Reminders");
        group.MapGet("/schedule", GetReminderSchedule).WithName(nameof(GetReminderSchedule))
            .WithSummary("The year's coming firings (today on, Taiwan time): each deadline's reminder and overdue days with how many alliances owe it, and the job's next run.")
            .RequireAuthorization(policy => policy.RequireRole(Roles.CentreAdmin, Roles.MinistryOfficer));
        group.MapGet("/log", GetReminderLog).WithName(nameof(GetReminderLog))
            .WithSummary("What was sent to whom in the year, newest first: one row per person, deadline, kind and day, with its channels and e-mail status.")
            .RequireAuthorization(policy => policy.RequireRole(Roles.CentreAdmin, Roles.MinistryOfficer));
        group.MapPost("/{roundId}/send-now", SendRemindersNow).WithName(nameof(SendRemindersNow))
            .WithSummary("Reminds now every PI and approved assistant of the alliances that owe the round (centre; any open year): reached, and already reminded today.")
            .RequireAuthorization(policy => policy.RequireRole(Roles.CentreAdmin));
        return group;
    }

    public static async Task<Ok<ScheduleResponse>> GetReminderSchedule(
        int? year, ReportingDbContext db, ISchedulerFactory schedulers, TimeProvider clock, CancellationToken cancellationToken)
    {
        var roc = Guards.Year(year).Roc;
        var calendar = await ReminderStandings.CalendarAsync(db, roc, cancellationToken) ?? throw Guards.YearNotFound(roc);
        var alliances = await ReminderStandings.AlliancesAsync(db, calendar.Year, cancellationToken);
        var today = Punctuality.TaiwanDateOf(clock.GetUtcNow());
        var firings = calendar.Closed ? [] : Obligations.Answered
            .SelectMany(deadline => ReminderCalendar.From(today, calendar.Deadlines[deadline], calendar.Settings).Select(firing => new FiringResponse(
                Deadlines.Code(deadline), calendar.Deadlines[deadline], firing.Day,
                new DateTimeOffset(firing.Day.ToDateTime(new TimeOnly(calendar.Settings.Hour, 0)), Punctuality.TaiwanOffset),
                ReminderKinds.Code(firing.Kind), alliances.Count(a => a.Owed.Contains(deadline)))))
            .OrderBy(f => f.Day).ThenBy(f => f.Deadline, StringComparer.Ordinal).ToArray();
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var next = (await scheduler.GetTrigger(ReminderJob.Hourly, cancellationToken))?.NextFireTimeUtc;
        return TypedResults.Ok(new ScheduleResponse(roc, calendar.Closed, [.. calendar.Settings.DaysBefore], calendar.Settings.Hour, next, firings));
    }

    public static async Task<Ok<ReminderLogResponse[]>> GetReminderLog(int? year, ReportingDbContext db, CancellationToken cancellationToken)
    {
        var roc = Guards.Year(year).Roc;
        var rows = await db.ReminderLog.AsNoTracking().Where(l => l.Year == roc)
            .OrderByDescending(l => l.RecordedAt).ThenBy(l => l.UserName).ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(ReminderLogResponse.From).ToArray());
    }

    public static async Task<Ok<SendNowResponse>> SendRemindersNow(
        string roundId, Caller caller, ReportingDbContext db, ReminderMailer mailer, IOptions<ReminderOptions> options, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var round = SummaryInput.Round(roundId);
        var stored = await Guards.OpenYearAsync(db, round.Year.Roc, cancellationToken);
        var calendar = ReminderStandings.CalendarOf(stored, await db.ReminderSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Year == stored.Year, cancellationToken));
        db.ChangeTracker.Clear();
        var alliances = await ReminderStandings.AlliancesAsync(db, round.Year, cancellationToken);
        var now = clock.GetUtcNow();
        var due = ReminderPlan.Now(Punctuality.TaiwanDateOf(now), calendar, round, alliances);
        var recorded = await ReminderRecorder.RecordAsync(db, due, options.Value.SiteUrl, now, cancellationToken);
        db.RecordChange(History, round.Id, "sent-now", caller.UserName, now, null, new { reached = recorded.Reached, alreadyReminded = recorded.AlreadyReminded });
        await db.SaveChangesAsync(cancellationToken);
        await mailer.SendDueAsync(cancellationToken);
        return TypedResults.Ok(new SendNowResponse(recorded.Reached, recorded.AlreadyReminded));
    }
}

public sealed record SendNowResponse(int Reached, int AlreadyReminded);

/// <param name="At">the instant of the firing: the day at the settings' hour, Taiwan time</param>
/// <param name="Owing">how many alliances owe the deadline now</param>
public sealed record FiringResponse(string Deadline, DateOnly DeadlineDate, DateOnly Day, DateTimeOffset At, string Kind, int Owing);

/// <param name="NextRun">when the hourly job fires next (any instance of the cluster)</param>
public sealed record ScheduleResponse(int Year, bool Closed, int[] DaysBefore, int Hour, DateTimeOffset? NextRun, FiringResponse[] Firings);

/// <param name="AllianceId">null for the centre's overdue list</param>
/// <param name="Channels">in-app, and e-mail when the person has an address</param>
/// <param name="EmailStatus">sent, retrying or failed; null without e-mail</param>
public sealed record ReminderLogResponse(
    string UserName, Guid? AllianceId, string? RoundId, string Deadline, DateOnly DeadlineDate, DateOnly Day, string Kind, string[] Channels,
    string? EmailStatus, int EmailAttempts, bool Late, DateTimeOffset RecordedAt)
{
    public static ReminderLogResponse From(ReminderLogEntry l) => new(
        l.UserName, l.AllianceId == Guid.Empty ? null : l.AllianceId, l.RoundId, l.Deadline, l.DeadlineDate, l.Day, l.Kind,
        l.Email is null ? ["in-app"] : ["in-app", "e-mail"], l.EmailStatus, l.EmailAttempts, l.Late, l.RecordedAt);
}
