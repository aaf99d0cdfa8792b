using Alliance.Reporting.Domain.Reminders;
using Microsoft.Extensions.Time.Testing;

namespace Alliance.Reporting.Domain.Tests.Reminders;

public sealed partial class ReminderPlanTests
{
    private static readonly ProgrammeYear Year = ProgrammeYear.Create(108);
    private static readonly Recipient PiA = new("pi.a", "甲主持人", "pi.a@example.org");
    private static readonly Recipient AssistantA = new("asst.a", "甲助理", "asst.a@example.org");
    private static readonly Recipient PendingA = new("pending.a", "未核准助理", "pending.a@example.org");
    private static readonly Recipient WithdrawnA = new("withdrawn.a", "已撤銷助理", null);
    private static readonly Recipient PiB = new("pi.b", "乙主持人", null);
    private static readonly Recipient Admin = new("admin", "管考人員", "admin@example.org");

    private static readonly AllianceStanding A = new(Guid.Parse("00000000-0000-0000-0000-00000000000a"), "A", "甲聯盟",
        ReminderPlan.PeopleOf(PiA, [(AssistantA, true), (PendingA, false), (WithdrawnA, false)]),
        new HashSet<DeadlineCode> { DeadlineCode.Kpi1, DeadlineCode.Kpi2 });

    private static readonly AllianceStanding B = new(Guid.Parse("00000000-0000-0000-0000-00000000000b"), "B", "乙聯盟",
        ReminderPlan.PeopleOf(PiB, []), new HashSet<DeadlineCode> { DeadlineCode.Kpi2 });

    private static YearReminders Calendar(bool closed = false) => new(Year, Deadlines.DefaultsOf(Year), ReminderSettings.Default, closed);

    [Theory]
    [MemberData(nameof(DueCases))]
    public void Due_ARunAtAnInstant_RecordsTheRightPeopleOnTheRightDays(string instant, string[] expected)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture));
        var due = ReminderPlan.Due(clock.GetUtcNow(), Calendar(), [A, B], [Admin]);
        Assert.Equal(expected, due.Select(Describe));
    }

    [Fact]
    public void Due_AClosedYear_RecordsNothing()
    {
        Assert.Empty(ReminderPlan.Due(DateTimeOffset.Parse("2019-11-01T02:00:00Z", System.Globalization.CultureInfo.InvariantCulture), Calendar(closed: true), [A, B], [Admin]));
    }

    [Fact]
    public void Due_AMovedDeadline_FiresByTheYearsDate()
    {
        var moved = new Dictionary<DeadlineCode, DateOnly>(Deadlines.DefaultsOf(Year)) { [DeadlineCode.Kpi1] = new(2019, 11, 14) };
        var due = ReminderPlan.Due(DateTimeOffset.Parse("2019-11-07T01:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
            new YearReminders(Year, moved, ReminderSettings.Default, false), [A, B], [Admin]);
        Assert.Equal(["pi.a reminder kpi-1 2019-11-07", "asst.a reminder kpi-1 2019-11-07"], due.Select(Describe));
    }

    [Fact]
    public void Now_ARoundBeforeAndAfterItsDeadline_IsAReminderOrAnOverdueNoticeForToday_ToTheOwingAlliancesOnly()
    {
        var round = new ReportRound(Year, RoundKind.Kpi1);
        var before = ReminderPlan.Now(new DateOnly(2019, 10, 3), Calendar(), round, [A, B]);
        var after = ReminderPlan.Now(new DateOnly(2019, 11, 5), Calendar(), round, [A, B]);
        Assert.Equal(["pi.a reminder kpi-1 2019-10-03", "asst.a reminder kpi-1 2019-10-03"], before.Select(Describe));
        Assert.Equal(["pi.a overdue kpi-1 2019-11-05", "asst.a overdue kpi-1 2019-11-05"], after.Select(Describe));
    }

    [Fact]
    public void Now_AReopenedKpiRound_RemindsOfItsCorrectionsDeadline()
    {
        var reopened = A with { Owed = new HashSet<DeadlineCode> { DeadlineCode.Kpi1Corrections } };
        var due = ReminderPlan.Now(new DateOnly(2019, 12, 20), Calendar(), new ReportRound(Year, RoundKind.Kpi1), [reopened]);
        Assert.Equal(["pi.a reminder kpi-1-corrections 2019-12-20", "asst.a reminder kpi-1-corrections 2019-12-20"], due.Select(Describe));
    }

    [Fact]
    public void PeopleOf_APiAndAssistants_IsThePiAndTheApprovedOnesOnce()
    {
        Assert.Equal(["pi.a", "asst.a"], ReminderPlan.PeopleOf(PiA, [(AssistantA, true), (PendingA, false), (PiA, true)]).Select(p => p.UserName));
        Assert.Equal(["asst.a"], ReminderPlan.PeopleOf(null, [(AssistantA, true)]).Select(p => p.UserName));
    }

    private static string Describe(DueReminder r) =>
        $"{r.To.UserName} {ReminderKinds.Code(r.Kind)} {Deadlines.Code(r.Deadline)} {r.Day:yyyy-MM-dd}{(r.Late ? " late" : "")}" +
        (r.Kind == ReminderKind.OverdueList ? $" [{string.Join(',', r.Overdue.Select(o => $"{o.Code}:{o.DaysLate}"))}]" : "");
}
