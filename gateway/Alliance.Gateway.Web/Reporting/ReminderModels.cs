namespace Alliance.Gateway.Web.Reporting;

// What the centre's reminders page reads from reporting (the reminders issue's contract). Codes (deadlines, kinds,
// e-mail statuses) stay the API's kebab-case strings: the page names them, the API decides.

/// <param name="DaysBefore">the days before each deadline a reminder goes out, e.g. [14, 7, 1]</param>
/// <param name="Hour">the hour of the day, Taiwan time</param>
/// <param name="Version">0 while the defaults stand; a change sends the version read</param>
public sealed record ReminderSettingsRow(int[] DaysBefore, int Hour, long Version);

/// <param name="At">the firing's instant: its day at the settings' hour, Taiwan time</param>
/// <param name="Kind">reminder or overdue</param>
/// <param name="Owing">how many alliances owe the deadline now</param>
public sealed record FiringRow(string Deadline, DateOnly DeadlineDate, DateOnly Day, DateTimeOffset At, string Kind, int Owing);

/// <param name="NextRun">when the hourly job fires next</param>
public sealed record ReminderScheduleRow(int Year, bool Closed, int[] DaysBefore, int Hour, DateTimeOffset? NextRun, FiringRow[] Firings);

/// <param name="AllianceId">null for the centre's overdue list</param>
/// <param name="Kind">reminder, overdue or overdue-list</param>
/// <param name="Channels">in-app, and e-mail when the person has an address</param>
/// <param name="EmailStatus">sent, retrying or failed; null without e-mail</param>
/// <param name="Late">sent after its day (a missed firing caught up on start)</param>
public sealed record ReminderLogRow(
    string UserName, Guid? AllianceId, string? RoundId, string Deadline, DateOnly DeadlineDate, DateOnly Day, string Kind, string[] Channels,
    string? EmailStatus, int EmailAttempts, bool Late, DateTimeOffset RecordedAt);

/// <param name="Reached">the people reminded now</param>
/// <param name="AlreadyReminded">the people left out because they were already reminded of it today</param>
public sealed record SendNowRow(int Reached, int AlreadyReminded);
