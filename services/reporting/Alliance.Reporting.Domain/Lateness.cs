namespace Alliance.Reporting.Domain;

/// <summary>
/// How late something was handed in. <see cref="Days"/> counts the Taiwan calendar days after the deadline's
/// day (handed in any time on the next day is 1); <see cref="By"/> is the exact time past the deadline's end.
/// </summary>
public sealed record Lateness(int Days, TimeSpan By);

/// <summary>Deadlines are days in Taiwan (UTC+8, no daylight saving): a deadline D means "by the end of D, Taiwan time".</summary>
public static class Punctuality
{
    /// <summary>Taiwan's offset from UTC, the same all year.</summary>
    public static readonly TimeSpan TaiwanOffset = TimeSpan.FromHours(8);

    /// <summary>The instant a deadline day ends: the next day's midnight in Taiwan. Handing in before it is on time.</summary>
    public static DateTimeOffset EndOf(DateOnly deadline) => new(deadline.AddDays(1).ToDateTime(TimeOnly.MinValue), TaiwanOffset);

    /// <summary>The day <paramref name="instant"/> falls on in Taiwan.</summary>
    public static DateOnly TaiwanDateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(TaiwanOffset).DateTime);

    /// <summary>How late handing in at <paramref name="at"/> is for <paramref name="deadline"/>; null when on time.</summary>
    public static Lateness? Of(DateOnly deadline, DateTimeOffset at)
    {
        var end = EndOf(deadline);
        return at < end ? null : new Lateness(TaiwanDateOf(at).DayNumber - deadline.DayNumber, at - end);
    }

    /// <summary>How late handing in now is, by <paramref name="clock"/>.</summary>
    public static Lateness? Now(DateOnly deadline, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Of(deadline, clock.GetUtcNow());
    }
}
