namespace Alliance.Reporting.Domain.Tests;

public sealed partial class DeadlinesTests
{
    [Theory]
    [MemberData(nameof(DefaultCases))]
    public void DefaultOf_EveryCode_IsTheIssuesDate(int roc, string code, string expected)
    {
        Assert.True(Deadlines.TryParse(code, out var deadline));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Deadlines.DefaultOf(deadline, ProgrammeYear.Create(roc)));
    }

    [Fact]
    public void DefaultsOf_AYear_HasEveryCodeOnceInTheCalendarsOrder()
    {
        var defaults = Deadlines.DefaultsOf(ProgrammeYear.Create(108));

        Assert.Equal(
            ["targets", "targets-corrections", "website", "progress-1", "progress-2", "kpi-1", "midterm-report", "kpi-1-corrections", "kpi-2", "review-results", "kpi-2-corrections"],
            defaults.Keys.Select(Deadlines.Code));
    }

    [Theory]
    [InlineData("kpi-1")]
    [InlineData("kpi-2-corrections")]
    [InlineData("review-results")]
    public void TryParse_AKnownCode_ReadsBackToIt(string code)
    {
        Assert.True(Deadlines.TryParse(code, out var deadline));
        Assert.Equal(code, Deadlines.Code(deadline));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("KPI-1")]
    [InlineData("kpi1")]
    [InlineData(" targets")]
    [InlineData("progress-3")]
    public void TryParse_AnythingElse_IsFalse(string? code) => Assert.False(Deadlines.TryParse(code, out _));
}
