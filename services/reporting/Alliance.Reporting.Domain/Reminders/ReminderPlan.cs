namespace Alliance.Reporting.Domain.Reminders;

/// <summary>Someone a reminder goes to; no e-mail is sent without an <see cref="Email"/> (the notification still is).</summary>
public sealed record Recipient(string UserName, string DisplayName, string? Email);

/// <summary>An alliance of the year: its people (PI and approved assistants) and the deadlines it still owes.</summary>
public sealed record AllianceStanding(Guid Id, string Code, string Name, IReadOnlyList<Recipient> People, IReadOnlySet<DeadlineCode> Owed);

/// <summary>A programme year's reminder calendar: its deadlines' dates, its settings, and whether the centre closed it.</summary>
public sealed record YearReminders(ProgrammeYear Year, IReadOnlyDictionary<DeadlineCode, DateOnly> Deadlines, ReminderSettings Settings, bool Closed);

/// <summary>One alliance on an overdue list, with how many days late it is.</summary>
public sealed record OverdueAlliance(Guid Id, string Code, string Name, int DaysLate);

/// <summary>
/// One reminder to record: to whom, what kind, for which year's deadline and on which day. Its key (person, alliance,
/// year, deadline, kind, day) is unique: recording it twice records it once. An overdue list has no alliance
/// (<see cref="Guid.Empty"/>) and carries <see cref="Overdue"/>.
/// </summary>
public sealed record DueReminder(
    Recipient To, ReminderKind Kind, ProgrammeYear Year, DeadlineCode Deadline, DateOnly DeadlineDate, DateOnly Day, bool Late,
    Guid AllianceId, string AllianceCode, string AllianceName, IReadOnlyList<OverdueAlliance> Overdue)
{
    /// <summary>The round the deadline belongs to; null for the targets.</summary>
    public ReportRound? Round => Obligations.RoundOf(Year, Deadline);
}

/// <summary>Who is due what, when: pure functions over a year, its alliances and the clock's instant.</summary>
public static class ReminderPlan
{
    /// <summary>
    /// What a scheduled run at <paramref name="now"/> records for <paramref name="year"/>: for every deadline an alliance
    /// owes, its firing due then (<see cref="ReminderCalendar.DueOn"/>, Taiwan time, the settings' hour) to each of its
    /// people; and, on an overdue day, the overdue list to each of <paramref name="centre"/>. Nothing for a closed year.
    /// </summary>
    public static IReadOnlyList<DueReminder> Due(
        DateTimeOffset now, YearReminders year, IReadOnlyList<AllianceStanding> alliances, IReadOnlyList<Recipient> centre)
    {
        ArgumentNullException.ThrowIfNull(year);
        ArgumentNullException.ThrowIfNull(alliances);
        ArgumentNullException.ThrowIfNull(centre);
        if (year.Closed)
        {
            return [];
        }

        var local = now.ToOffset(Punctuality.TaiwanOffset);
        var today = DateOnly.FromDateTime(local.DateTime);
        var hourReached = local.Hour >= year.Settings.Hour;
        var due = new List<DueReminder>();
        foreach (var deadline in Obligations.Answered)
        {
            var date = year.Deadlines.GetValueOrDefault(deadline, Deadlines.DefaultOf(deadline, year.Year));
            if (ReminderCalendar.DueOn(today, hourReached, date, year.Settings) is not { } firing)
            {
                continue;
            }

            var owing = alliances.Where(a => a.Owed.Contains(deadline)).OrderBy(a => a.Code, StringComparer.Ordinal).ToArray();
            due.AddRange(owing.SelectMany(alliance => ToPeople(alliance, firing, year.Year, deadline, date)));
            if (firing.Kind == ReminderKind.Overdue && owing.Length > 0)
            {
                var list = owing.Select(a => new OverdueAlliance(a.Id, a.Code, a.Name, firing.Day.DayNumber - date.DayNumber)).ToArray();
                due.AddRange(centre.Select(admin => new DueReminder(
                    admin, ReminderKind.OverdueList, year.Year, deadline, date, firing.Day, firing.Late, Guid.Empty, "", "", list)));
            }
        }

        return due;
    }

    /// <summary>
    /// What the centre's send-now of <paramref name="round"/> on <paramref name="today"/> records: to each person of each
    /// alliance that owes the round (its own deadline, or the correction's once reopened), a reminder while the deadline
    /// has not passed and an overdue notice after, for today. The same keys as the scheduled run's, so the two never double.
    /// </summary>
    public static IReadOnlyList<DueReminder> Now(DateOnly today, YearReminders year, ReportRound round, IReadOnlyList<AllianceStanding> alliances)
    {
        ArgumentNullException.ThrowIfNull(year);
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(alliances);
        var deadlines = Obligations.Answered.Where(d => Obligations.RoundOf(round.Year, d) == round).ToArray();
        return
        [
            .. from alliance in alliances.OrderBy(a => a.Code, StringComparer.Ordinal)
               from deadline in deadlines
               where alliance.Owed.Contains(deadline)
               let date = year.Deadlines.GetValueOrDefault(deadline, Deadlines.DefaultOf(deadline, year.Year))
               let firing = new Firing(today <= date ? ReminderKind.Reminder : ReminderKind.Overdue, today, Late: false)
               from reminder in ToPeople(alliance, firing, year.Year, deadline, date)
               select reminder,
        ];
    }

    /// <summary>
    /// Who an alliance's reminders go to: its PI (when the copy knows the account) and each assistant whose latest
    /// decision is an approval; an assistant not yet approved, or withdrawn, gets none.
    /// </summary>
    public static IReadOnlyList<Recipient> PeopleOf(Recipient? pi, IEnumerable<(Recipient Person, bool Approved)> assistants) =>
        [.. new[] { pi }.OfType<Recipient>().Concat(assistants.Where(a => a.Approved).Select(a => a.Person)).DistinctBy(p => p.UserName)];

    private static IEnumerable<DueReminder> ToPeople(AllianceStanding alliance, Firing firing, ProgrammeYear year, DeadlineCode deadline, DateOnly date) =>
        alliance.People.DistinctBy(p => p.UserName).Select(person => new DueReminder(
            person, firing.Kind, year, deadline, date, firing.Day, firing.Late, alliance.Id, alliance.Code, alliance.Name, []));
}
