namespace Alliance.SiteVisit.Domain.Tests;

// Year 108: programme period 2019-02-01..2020-01-31; visit window 2019-04-01..2019-07-31, both in Taiwan (UTC+8).
// Expected: "ok" or "<rule code>@<field>".
public sealed partial class VisitWindowTests
{
    public static TheoryData<string, bool, string> WindowCases => new()
    {
        { "2019-04-01T00:00:00+08:00", false, "ok" },
        { "2019-03-31T23:59:59+08:00", false, "outside-visit-window@startsAt" },
        { "2019-07-31T23:59:59+08:00", false, "ok" },
        { "2019-08-01T00:00:00+08:00", false, "outside-visit-window@startsAt" },
        // The same instants written in UTC: the day is Taiwan's, not the offset's.
        { "2019-03-31T16:00:00Z", false, "ok" },
        { "2019-03-31T15:59:59Z", false, "outside-visit-window@startsAt" },
        { "2019-07-31T15:59:59Z", false, "ok" },
        { "2019-07-31T16:00:00Z", false, "outside-visit-window@startsAt" },
        // Late evening in New York on March 31 is already April 1 in Taiwan.
        { "2019-03-31T20:00:00-04:00", false, "ok" },
        { "2019-05-15T10:00:00+08:00", false, "ok" },
        { "2019-05-15T10:00:00+08:00", true, "ok" },
        // A reason lets a visit fall outside April–July, within the programme year.
        { "2019-03-31T23:59:59+08:00", true, "ok" },
        { "2019-08-01T00:00:00+08:00", true, "ok" },
        { "2019-12-10T09:30:00+08:00", true, "ok" },
    };

    public static TheoryData<string, bool, string> YearCases => new()
    {
        { "2019-02-01T00:00:00+08:00", true, "ok" },
        { "2019-01-31T23:59:59+08:00", true, "date-outside-programme-year@startsAt" },
        { "2019-01-31T16:00:00Z", true, "ok" },
        { "2019-01-31T15:59:59Z", true, "date-outside-programme-year@startsAt" },
        { "2020-01-31T23:59:59+08:00", true, "ok" },
        { "2020-02-01T00:00:00+08:00", true, "date-outside-programme-year@startsAt" },
        { "2020-01-31T16:00:00Z", true, "date-outside-programme-year@startsAt" },
        // Outside the year and the window alike: the year's rule is named.
        { "2018-05-15T10:00:00+08:00", false, "date-outside-programme-year@startsAt" },
        { "2020-05-15T10:00:00+08:00", false, "date-outside-programme-year@startsAt" },
        { "2020-05-15T10:00:00+08:00", true, "date-outside-programme-year@startsAt" },
    };

    public static TheoryData<string, string> TaiwanDateCases => new()
    {
        { "2019-05-01T00:00:00+08:00", "2019-05-01" },
        { "2019-04-30T15:59:59Z", "2019-04-30" },
        { "2019-04-30T16:00:00Z", "2019-05-01" },
        { "2019-05-01T23:30:00+09:00", "2019-05-01" },
        { "2019-05-01T12:00:00-11:00", "2019-05-02" },
    };
}
