namespace Alliance.Reporting.Domain.Tests;

// Year 108 is 2019-02-01..2020-01-31; 108's Y+1 (2020) is a leap year, yet kpi-2-corrections stays on the 28th.
public sealed partial class DeadlinesTests
{
    public static TheoryData<int, string, string> DefaultCases => new()
    {
        { 108, "targets", "2019-04-15" },
        { 108, "targets-corrections", "2019-06-30" },
        { 108, "website", "2019-04-30" },
        { 108, "progress-1", "2019-05-15" },
        { 108, "progress-2", "2019-08-15" },
        { 108, "kpi-1", "2019-10-31" },
        { 108, "midterm-report", "2019-10-31" },
        { 108, "kpi-1-corrections", "2019-12-31" },
        { 108, "kpi-2", "2020-01-31" },
        { 108, "review-results", "2020-01-31" },
        { 108, "kpi-2-corrections", "2020-02-28" },
        { 109, "kpi-2-corrections", "2021-02-28" },
        { 112, "kpi-2-corrections", "2024-02-28" },
        { 113, "targets", "2024-04-15" },
        { 113, "kpi-2", "2025-01-31" },
    };
}
