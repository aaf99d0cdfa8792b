namespace Alliance.Reporting.Domain.Reminders;

/// <summary>What a reminder is.</summary>
public enum ReminderKind
{
    /// <summary><c>reminder</c>: before a deadline, to each PI and approved assistant of an alliance that has not answered it.</summary>
    Reminder,

    /// <summary><c>overdue</c>: after a deadline, weekly, to the same people, until the alliance answers.</summary>
    Overdue,

    /// <summary><c>overdue-list</c>: after a deadline, weekly, to each centre administrator: which alliances, how late.</summary>
    OverdueList,
}

public static class ReminderKinds
{
    public static string Code(ReminderKind kind) => kind switch
    {
        ReminderKind.Reminder => "reminder",
        ReminderKind.Overdue => "overdue",
        ReminderKind.OverdueList => "overdue-list",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
