namespace Alliance.Reporting.Domain.Reminders;

/// <summary>
/// When a year's reminders go out: <see cref="DaysBefore"/> each deadline (distinct, 1–<see cref="MaxDaysBefore"/>, kept
/// in descending order), at <see cref="Hour"/> o'clock Taiwan time (0–23). Build one with <see cref="TryCreate"/>.
/// </summary>
public sealed record ReminderSettings
{
    public const int MaxDaysBefore = 90;
    public const int MaxReminders = 10;

    /// <summary>The programme's defaults: 14, 7 and 1 days before, at 09:00.</summary>
    public static readonly ReminderSettings Default = new([14, 7, 1], 9);

    private ReminderSettings(IReadOnlyList<int> daysBefore, int hour)
    {
        DaysBefore = daysBefore;
        Hour = hour;
    }

    public IReadOnlyList<int> DaysBefore { get; }

    public int Hour { get; }

    /// <summary>
    /// Checks the values; <paramref name="badField"/> names the first one refused (<c>daysBefore</c> when empty, more than
    /// <see cref="MaxReminders"/>, repeated or out of 1–<see cref="MaxDaysBefore"/>; <c>hour</c> outside 0–23).
    /// </summary>
    public static bool TryCreate(IReadOnlyCollection<int>? daysBefore, int? hour, out ReminderSettings settings, out string? badField)
    {
        settings = Default;
        badField = daysBefore is not { Count: > 0 and <= MaxReminders } || daysBefore.Distinct().Count() != daysBefore.Count
            || daysBefore.Any(d => d is < 1 or > MaxDaysBefore) ? "daysBefore"
            : hour is not (>= 0 and <= 23) ? "hour"
            : null;
        if (badField is null)
        {
            settings = new ReminderSettings(daysBefore!.OrderDescending().ToArray(), hour!.Value);
        }

        return badField is null;
    }

    public bool Equals(ReminderSettings? other) => other is not null && Hour == other.Hour && DaysBefore.SequenceEqual(other.DaysBefore);

    public override int GetHashCode() => HashCode.Combine(Hour, DaysBefore.Count);
}
