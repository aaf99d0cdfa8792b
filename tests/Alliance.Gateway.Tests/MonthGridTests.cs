using System.Globalization;
using Alliance.Gateway.Web.SiteVisit;

namespace Alliance.Gateway.Tests;

public sealed class MonthGridTests
{
    [Theory]
    [InlineData(2019, 5, 5, "2019-05-01", 3)]
    [InlineData(2019, 6, 6, "2019-06-01", 6)]
    [InlineData(2015, 2, 4, "2015-02-01", 0)]
    [InlineData(2020, 2, 5, "2020-02-01", 6)]
    public void Weeks_Month_StartOnSundayAndHoldEveryDayOnce(int year, int month, int weeks, string first, int firstColumn)
    {
        var grid = MonthGrid.Weeks(year, month);

        Assert.Equal(weeks, grid.Count);
        Assert.All(grid, week => Assert.Equal(7, week.Length));
        Assert.Equal(DateOnly.Parse(first, CultureInfo.InvariantCulture), grid[0][firstColumn]);
        Assert.All(grid[0].Take(firstColumn), cell => Assert.Null(cell));
        var days = grid.SelectMany(w => w).OfType<DateOnly>().ToArray();
        Assert.Equal(DateTime.DaysInMonth(year, month), days.Length);
        Assert.Equal(days.Order(), days);
        Assert.All(days, d => Assert.Equal(DayOfWeek.Sunday, d.AddDays(-Array.FindIndex(grid.First(w => w.Contains(d)), c => c == d)).DayOfWeek));
    }

    [Fact]
    public void ByDay_VisitLateInTheUtcDay_FallsOnItsTaiwanDay()
    {
        var late = Visit("2019-05-14T17:00:00+00:00");
        var morning = Visit("2019-05-15T01:00:00+00:00");

        var days = MonthGrid.ByDay([morning, late]);

        Assert.Equal([late, morning], days[new DateOnly(2019, 5, 15)]);
        Assert.Empty(days[new DateOnly(2019, 5, 14)]);
    }

    public static TheoryData<string, string?, int, int> Openings => new()
    {
        { "2019-05-20", null, 2019, 5 },
        { "2019-09-01", "2019-06-03T02:00:00+00:00", 2019, 6 },
        { "2019-09-01", null, 2019, 4 },
        { "2020-05-01", null, 2019, 4 },
    };

    [Theory]
    [MemberData(nameof(Openings))]
    public void Opening_Year108_TodayInSeasonElseFirstVisitElseApril(string today, string? firstVisit, int year, int month)
    {
        VisitRow[] visits = firstVisit is null ? [] : [Visit(firstVisit)];

        Assert.Equal((year, month), MonthGrid.Opening(108, DateOnly.Parse(today, CultureInfo.InvariantCulture), visits));
    }

    private static VisitRow Visit(string startsAt) => new(
        Guid.NewGuid(), Guid.NewGuid(), "A1", "聯盟", "臺大", "ict", 108, DateTimeOffset.Parse(startsAt, CultureInfo.InvariantCulture), "臺大", [], null, "scheduled", false, 1);
}
