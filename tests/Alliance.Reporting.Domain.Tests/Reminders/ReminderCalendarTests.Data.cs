namespace Alliance.Reporting.Domain.Tests.Reminders;

public sealed partial class ReminderCalendarTests
{
    /// <summary>Days around a deadline of 2019-10-31 with the default settings: the kind of firing, or "-" for none.</summary>
    public static TheoryData<string, string> KindCases => new()
    {
        { "2019-10-16", "-" },
        { "2019-10-17", "reminder" },
        { "2019-10-24", "reminder" },
        { "2019-10-25", "-" },
        { "2019-10-30", "reminder" },
        { "2019-10-31", "-" },
        { "2019-11-01", "overdue" },
        { "2019-11-02", "-" },
        { "2019-11-08", "overdue" },
        { "2019-12-20", "overdue" },
        { "2019-12-26", "-" },
        { "2019-12-27", "-" },
        { "2020-03-01", "-" },
    };

    /// <summary>
    /// A run on a day, before or after the settings' hour, for a deadline of 2019-10-31: what it records, written
    /// "kind day late", or "-" for nothing.
    /// </summary>
    public static TheoryData<string, bool, string> DueCases => new()
    {
        { "2019-10-17", true, "reminder 2019-10-17 on-time" },
        { "2019-10-17", false, "-" },
        { "2019-10-18", false, "reminder 2019-10-17 late" },
        { "2019-10-20", true, "reminder 2019-10-17 late" },
        { "2019-10-24", false, "reminder 2019-10-17 late" },
        { "2019-10-24", true, "reminder 2019-10-24 on-time" },
        { "2019-10-31", true, "reminder 2019-10-30 late" },
        { "2019-10-10", true, "-" },
        { "2019-11-01", true, "overdue 2019-11-01 on-time" },
        { "2019-11-01", false, "-" },
        { "2019-11-03", true, "-" },
        { "2019-12-27", true, "-" },
    };
}
