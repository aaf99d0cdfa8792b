using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Alliance.Messaging.History;
using Alliance.Messaging.Writes;
using Alliance.Reporting.Api.Data;
using Alliance.Reporting.Api.Reminders;
using Alliance.Reporting.Domain.Reminders;
using Alliance.ServiceDefaults.Problems;
using Alliance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Reporting.Api.Apis;

/// <summary>A year's reminder settings: the days before each deadline and the hour (Taiwan), read by everyone signed in, set by the centre.</summary>
public static class ReminderSettingsApi
{
    public static RouteGroupBuilder MapReminderSettingsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup($"{Extensions.PublicPrefix}/years/{{year:int}}/reminder-settings").WithTags("Reminders");
        group.MapGet("/", GetReminderSettings).WithName(nameof(GetReminderSettings))
            .WithSummary("The year's reminder settings; the defaults ([14, 7, 1] days before, 09:00) at version 0 until the centre changes them.");
        group.MapPut("/", ChangeReminderSettings).WithName(nameof(ChangeReminderSettings))
            .WithSummary("Changes the days before each deadline (1–90, at most 10) and the hour (0–23, Taiwan time) (centre); send the version you read. 409 year-closed once closed.")
            .RequireAuthorization(policy => policy.RequireRole(Roles.CentreAdmin));
        return group;
    }

    public static async Task<Ok<ReminderSettingsResponse>> GetReminderSettings(int year, ReportingDbContext db, CancellationToken cancellationToken)
    {
        Guards.Year(year);
        if (!await db.Years.AnyAsync(y => y.Year == year, cancellationToken))
        {
            throw Guards.YearNotFound(year);
        }

        return TypedResults.Ok(ReminderSettingsResponse.From(await db.ReminderSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Year == year, cancellationToken)));
    }

    public static async Task<Ok<ReminderSettingsResponse>> ChangeReminderSettings(
        int year, ReminderSettingsRequest request, Caller caller, ReportingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        Guards.Year(year);
        if (!ReminderSettings.TryCreate(request.DaysBefore, request.Hour, out var settings, out var badField))
        {
            throw DomainException.Invalid(badField!, badField == "hour"
                ? new("提醒時間須為 0–23 時（臺灣時間）。", "The hour must be 0–23 (Taiwan time).")
                : new($"提醒天數須為 1–{ReminderSettings.MaxDaysBefore} 天、不重複、至多 {ReminderSettings.MaxReminders} 個。",
                    $"The days before must be 1–{ReminderSettings.MaxDaysBefore}, distinct, at most {ReminderSettings.MaxReminders}."));
        }

        await Guards.OpenYearAsync(db, year, cancellationToken);
        var stored = await db.ReminderSettings.SingleOrDefaultAsync(s => s.Year == year, cancellationToken);
        stored.RequireVersion(request.Version);
        var before = ReminderSettingsResponse.From(stored);
        var row = stored ?? db.ReminderSettings.Add(new ReminderSettingsRow { Year = year }).Entity;
        row.DaysBefore = [.. settings.DaysBefore];
        row.Hour = settings.Hour;
        db.AdvanceVersion(row);
        db.RecordChange(YearsApi.History, year.ToString(CultureInfo.InvariantCulture), "reminder-settings-changed", caller.UserName, clock.GetUtcNow(),
            before, ReminderSettingsResponse.From(row));
        await db.SaveOrConflictAsync(cancellationToken, duplicate: VersionCheck.Stale());
        return TypedResults.Ok(ReminderSettingsResponse.From(row));
    }
}

public sealed class ReminderSettingsRequest
{
    /// <summary>Days before each deadline a reminder goes out, e.g. [14, 7, 1].</summary>
    [Required]
    public int[]? DaysBefore { get; init; }

    /// <summary>The hour of the day, Taiwan time (0–23).</summary>
    [Required]
    public int? Hour { get; init; }

    /// <summary>The version read (0 while the defaults stand): 409 when no longer current.</summary>
    public long? Version { get; init; }
}

public sealed record ReminderSettingsResponse(int[] DaysBefore, int Hour, long Version)
{
    public static ReminderSettingsResponse From(ReminderSettingsRow? row)
    {
        var settings = ReminderStandings.SettingsOf(row);
        return new([.. settings.DaysBefore], settings.Hour, row?.Version ?? VersionCheck.NotYetStored);
    }
}
