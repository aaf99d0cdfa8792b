namespace Alliance.Reporting.Domain.Tests;

public sealed partial class ReportRoundTests
{
    public static TheoryData<int, string, string, string, DeadlineCode> RoundCases => new()
    {
        { 0, "108-progress-1", "2019-02-01", "2019-04-30", DeadlineCode.Progress1 },
        { 1, "108-progress-2", "2019-05-01", "2019-07-31", DeadlineCode.Progress2 },
        { 2, "108-kpi-1", "2019-02-01", "2019-10-31", DeadlineCode.Kpi1 },
        { 3, "108-kpi-2", "2019-11-01", "2020-01-31", DeadlineCode.Kpi2 },
    };

    public static TheoryData<string?, RoundIdReading> IdCases => new()
    {
        { "108-kpi-1", RoundIdReading.Found },
        { "108-kpi-2", RoundIdReading.Found },
        { "99-progress-1", RoundIdReading.Found },
        { "200-progress-2", RoundIdReading.Found },
        // Shaped like an id, but no round has it.
        { "108-progress-3", RoundIdReading.Unknown },
        { "108-kpi", RoundIdReading.Unknown },
        { "89-kpi-1", RoundIdReading.Unknown },
        { "201-kpi-1", RoundIdReading.Unknown },
        // Not shaped like an id.
        { null, RoundIdReading.Malformed },
        { "", RoundIdReading.Malformed },
        { "kpi-1", RoundIdReading.Malformed },
        { "1080-kpi-1", RoundIdReading.Malformed },
        { "108-", RoundIdReading.Malformed },
        { "108-KPI-1", RoundIdReading.Malformed },
        { "108_kpi_1", RoundIdReading.Malformed },
        { "１０８-kpi-1", RoundIdReading.Malformed },
    };

    // Rounds of 108 that hold a record naming the year and dated as given; "" for none.
    public static TheoryData<int, string, string> PlacementCases => new()
    {
        // The January rule: dated in January of 108 and naming 108, it belongs to the year's first period.
        { 108, "2019-01-01", "108-progress-1 108-kpi-1" },
        { 108, "2019-01-31", "108-progress-1 108-kpi-1" },
        { 108, "2019-02-01", "108-progress-1 108-kpi-1" },
        { 108, "2019-04-30", "108-progress-1 108-kpi-1" },
        { 108, "2019-05-01", "108-progress-2 108-kpi-1" },
        { 108, "2019-07-31", "108-progress-2 108-kpi-1" },
        { 108, "2019-08-01", "108-kpi-1" },
        { 108, "2019-10-31", "108-kpi-1" },
        { 108, "2019-11-01", "108-kpi-2" },
        { 108, "2020-01-31", "108-kpi-2" },
        // The same January day naming 107 is 107's, never 108's.
        { 107, "2019-01-15", "" },
        // Naming 109, January 2020 is 109's first period, not 108's kpi-2.
        { 109, "2020-01-15", "" },
        { 108, "2020-02-01", "" },
        { 108, "2018-12-31", "" },
    };
}
