namespace Alliance.Reporting.Domain.Reminders;

/// <summary>One firing of a deadline's reminders: its kind, the day it belongs to, and whether it goes out after that day.</summary>
public sealed record Firing(ReminderKind Kind, DateOnly Day, bool Late);

/// <summary>
/// Which day a deadline's reminders belong to. Before the deadline: each of the settings' days before it. After it:
/// the day after, then weekly (1, 8, 15, … days after) while within <see cref="OverdueWeeks"/> weeks of it.
/// </summary>
public static class ReminderCalendar
{
    /// <summary>Overdue notices stop this many weeks after the deadline, so opening a past year sends nothing by itself.</summary>
    public const int OverdueWeeks = 8;

    /// <summary>The kind of firing <paramref name="day"/> is for <paramref name="deadline"/>; null when none.</summary>
    public static ReminderKind? KindOn(DateOnly day, DateOnly deadline, ReminderSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var before = deadline.DayNumber - day.DayNumber;
        var after = -before;
        return settings.DaysBefore.Contains(before) ? ReminderKind.Reminder
            : after >= 1 && after <= OverdueWeeks * 7 && (after - 1) % 7 == 0 ? ReminderKind.Overdue
            : null;
    }

    /// <summary>
    /// What is due for <paramref name="deadline"/> on a run on <paramref name="today"/> (Taiwan), the settings' hour reached
    /// or not: today's firing once the hour is reached; else, while the deadline has not passed, the latest reminder day
    /// before today, late (a run that was missed, the machine off, sends it on start). A missed overdue firing is not
    /// caught up: the next week's comes.
    /// </summary>
    public static Firing? DueOn(DateOnly today, bool hourReached, DateOnly deadline, ReminderSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (hourReached && KindOn(today, deadline, settings) is { } kind)
        {
            return new Firing(kind, today, Late: false);
        }

        if (deadline < today)
        {
            return null;
        }

        var missed = settings.DaysBefore.Select(d => deadline.AddDays(-d)).Where(d => d < today).DefaultIfEmpty().Max();
        return missed == default ? null : new Firing(ReminderKind.Reminder, missed, Late: true);
    }

    /// <summary>The firings of <paramref name="deadline"/> from <paramref name="from"/> on, in date order.</summary>
    public static IEnumerable<Firing> From(DateOnly from, DateOnly deadline, ReminderSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        for (var day = from; day <= deadline.AddDays(OverdueWeeks * 7); day = day.AddDays(1))
        {
            if (KindOn(day, deadline, settings) is { } kind)
            {
                yield return new Firing(kind, day, Late: false);
            }
        }
    }
}
