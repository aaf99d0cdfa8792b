using Alliance.Membership.Domain;
using Alliance.Reporting.Domain.Summary;

namespace Alliance.Reporting.Domain.Tests;

public sealed class RowFiguresTests
{
    private static readonly FirmMemberFigures Six = new(6, 6, 0, 2, 2, 2, 0, 0);

    public static TheoryData<object?, object?, bool> DifferCases => new()
    {
        { 600_000m, 600_000.00m, false },
        { 600_000m, 600_001m, true },
        { null, null, false },
        { null, 0m, true },
        { 0.58m, null, true },
        { Six, new FirmMemberFigures(6, 6, 0, 2, 2, 2, 0, 0), false },
        { Six, Six with { Total = 7, Paid = 7, North = 3 }, true },
        { Six, Six with { North = 1, East = 1 }, true },
        { new RecurringRevenueFigures(1_100_000m, 400_000m, 650_000m, 50_000m), new RecurringRevenueFigures(1_100_000.00m, 400_000m, 650_000.0m, 50_000m), false },
        { new CooperationFigures(2_000_000m, 600_000m), new CooperationFigures(2_000_000m, 600_000.00m), false },
        { new PatentFigures(2, 1, 1), new PatentFigures(2, 2, 0), true },
    };

    [Theory]
    [MemberData(nameof(DifferCases))]
    public void Differ_TwoFiguresOfARow_ComparesByValue(object? first, object? second, bool expected) =>
        Assert.Equal(expected, RowFigures.Differ(first, second));

    [Fact]
    public void TypeOf_EveryRow_IsTheTypeItsFigureHas()
    {
        var figures = TableFigures.Of(MemberCounting.Count(Array.Empty<CountedMembers>()), [], 1_000m, 0, []);
        Assert.All(SummaryKpis.All, kpi => Assert.IsAssignableFrom(Nullable.GetUnderlyingType(RowFigures.TypeOf(kpi)) ?? RowFigures.TypeOf(kpi), figures.FigureOf(kpi)));
    }
}
