using Alliance.Reporting.Domain.Reminders;

namespace Alliance.Reporting.Domain.Tests.Reminders;

public sealed partial class ReminderCalendarTests
{
    private static readonly DateOnly Deadline = new(2019, 10, 31);

    [Theory]
    [MemberData(nameof(KindCases))]
    public void KindOn_ADayAroundTheDeadline_IsAReminderBeforeAndWeeklyOverdueForEightWeeksAfter(string day, string expected)
    {
        var kind = ReminderCalendar.KindOn(DateOnly.Parse(day), Deadline, ReminderSettings.Default);
        Assert.Equal(expected, kind is { } k ? ReminderKinds.Code(k) : "-");
    }

    [Theory]
    [MemberData(nameof(DueCases))]
    public void DueOn_ARunOnADay_IsTodaysFiringOrTheLatestMissedReminderLate(string today, bool hourReached, string expected)
    {
        var firing = ReminderCalendar.DueOn(DateOnly.Parse(today), hourReached, Deadline, ReminderSettings.Default);
        Assert.Equal(expected, firing is null ? "-" : $"{ReminderKinds.Code(firing.Kind)} {firing.Day:yyyy-MM-dd} {(firing.Late ? "late" : "on-time")}");
    }

    [Fact]
    public void From_ADayBeforeTheDeadline_ListsTheRemainingRemindersAndTheEightOverdueWeeks()
    {
        var firings = ReminderCalendar.From(new DateOnly(2019, 10, 20), Deadline, ReminderSettings.Default).ToArray();
        Assert.Equal(["2019-10-24 reminder", "2019-10-30 reminder", "2019-11-01 overdue", "2019-11-08 overdue", "2019-11-15 overdue", "2019-11-22 overdue",
            "2019-11-29 overdue", "2019-12-06 overdue", "2019-12-13 overdue", "2019-12-20 overdue"],
            firings.Select(f => $"{f.Day:yyyy-MM-dd} {ReminderKinds.Code(f.Kind)}"));
    }
}
