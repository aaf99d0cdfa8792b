namespace Alliance.Reporting.Domain.Tests.Reminders;

public sealed partial class ReminderPlanTests
{
    /// <summary>
    /// A run at an instant (UTC) of year 108 (kpi-1 due 2019-10-31, kpi-2 2020-01-31): alliance A owes kpi-1 and kpi-2,
    /// B submitted kpi-1 and owes kpi-2. What is recorded, "person kind deadline day", with " late" when late.
    /// </summary>
    public static TheoryData<string, string[]> DueCases => new()
    {
        // 09:00 Taiwan is 01:00 UTC: 14 days before, the PI and the approved assistant of A only.
        { "2019-10-17T01:00:00Z", ["pi.a reminder kpi-1 2019-10-17", "asst.a reminder kpi-1 2019-10-17"] },
        // 08:59 Taiwan: not yet.
        { "2019-10-17T00:59:00Z", [] },
        // A machine off on the 17th, started on the 20th: the missed reminder, late.
        { "2019-10-20T03:00:00Z", ["pi.a reminder kpi-1 2019-10-17 late", "asst.a reminder kpi-1 2019-10-17 late"] },
        // The day after: A's people are told it is overdue, the centre gets the list.
        { "2019-11-01T02:00:00Z", ["pi.a overdue kpi-1 2019-11-01", "asst.a overdue kpi-1 2019-11-01", "admin overdue-list kpi-1 2019-11-01 [A:1]"] },
        { "2019-11-08T02:00:00Z", ["pi.a overdue kpi-1 2019-11-08", "asst.a overdue kpi-1 2019-11-08", "admin overdue-list kpi-1 2019-11-08 [A:8]"] },
        // Eight weeks on, nothing more.
        { "2019-12-27T02:00:00Z", [] },
        // kpi-2, owed by both: a reminder to each alliance's people.
        { "2020-01-30T01:00:00Z", ["pi.a reminder kpi-2 2020-01-30", "asst.a reminder kpi-2 2020-01-30", "pi.b reminder kpi-2 2020-01-30"] },
        { "2020-02-01T01:00:00Z", ["pi.a overdue kpi-2 2020-02-01", "asst.a overdue kpi-2 2020-02-01", "pi.b overdue kpi-2 2020-02-01", "admin overdue-list kpi-2 2020-02-01 [A:1,B:1]"] },
    };
}
