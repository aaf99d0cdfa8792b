using System.Text.Json;
using static Alliance.Activity.Domain.ActivityKind;

namespace Alliance.Activity.Domain.Tests;

public sealed class ActivityKpisTests
{
    [Fact]
    public void All_InTheSummarysOrder_WithTheIssuesCodes() =>
        Assert.Equal(
            ["promotion-events", "technical-seminars", "consultations", "on-site-guidance", "new-products", "new-technologies", "patents", "new-hires", "derived-output-value"],
            ActivityKpis.All.Select(kpi => JsonNamingPolicy.KebabCaseLower.ConvertName(kpi.ToString())));

    public static TheoryData<ActivityKind, ActivityType, ActivityKpi> KindCases => new()
    {
        { Promotion, ActivityType.Event, ActivityKpi.PromotionEvents },
        { Seminar, ActivityType.Event, ActivityKpi.TechnicalSeminars },
        { Consultation, ActivityType.Consultation, ActivityKpi.Consultations },
        { OnSiteGuidance, ActivityType.Guidance, ActivityKpi.OnSiteGuidance },
        { NewProduct, ActivityType.Outcome, ActivityKpi.NewProducts },
        { NewTechnology, ActivityType.Outcome, ActivityKpi.NewTechnologies },
        { PatentApplication, ActivityType.Outcome, ActivityKpi.Patents },
        { PatentGrant, ActivityType.Outcome, ActivityKpi.Patents },
        { NewHire, ActivityType.Outcome, ActivityKpi.NewHires },
        { DerivedOutputValue, ActivityType.Outcome, ActivityKpi.DerivedOutputValue },
    };

    [Theory]
    [MemberData(nameof(KindCases))]
    public void KpiOf_EveryKind_BelongsToItsTypeAndKpi(ActivityKind kind, ActivityType type, ActivityKpi kpi) =>
        Assert.Equal((type, kpi), (ActivityKinds.TypeOf(kind), ActivityKinds.KpiOf(kind)));

    [Fact]
    public void ApiKinds_EveryEventAndOutcomeKind_MapsToOneKindAndBack()
    {
        Assert.All(Enum.GetValues<EventKind>(), kind => Assert.Equal(kind, ActivityKinds.EventKindOf(ActivityKinds.Of(kind))));
        Assert.All(Enum.GetValues<OutcomeKind>(), kind => Assert.Equal(kind, ActivityKinds.OutcomeKindOf(ActivityKinds.Of(kind))));
        Assert.Null(ActivityKinds.OutcomeKindOf(Consultation));
        Assert.Null(ActivityKinds.EventKindOf(NewProduct));
    }

    public static TheoryData<ActivityKind, int?, string?, decimal> FigureCases => new()
    {
        { Promotion, null, null, 1m },
        { Consultation, null, null, 1m },
        { PatentGrant, null, null, 1m },
        { NewHire, 3, null, 3m },
        { DerivedOutputValue, null, "1250000.50", 1_250_000.50m },
    };

    [Theory]
    [MemberData(nameof(FigureCases))]
    public void FigureOf_CountsOneOrPeopleOrAmount(ActivityKind kind, int? people, string? amount, decimal expected) =>
        Assert.Equal(expected, ActivityKinds.FigureOf(kind, people, amount is null ? null : decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Summarise_SumsPerKpi_PatentsCarryAppliedAndGranted_NothingIsZero()
    {
        var figures = ActivityKpis.Summarise(
        [
            (Promotion, 2m), (Seminar, 1m), (Consultation, 4m), (PatentApplication, 3m), (PatentGrant, 1m), (NewHire, 5m),
            (DerivedOutputValue, 1_000_000m), (DerivedOutputValue, 250_000m),
        ]);

        Assert.Equal(ActivityKpis.All, figures.Select(f => f.Kpi));
        Assert.Equal([2m, 1m, 4m, 0m, 0m, 0m, 4m, 5m, 1_250_000m], figures.Select(f => f.Figure));
        var patents = Assert.Single(figures, f => f.Kpi == ActivityKpi.Patents);
        Assert.Equal((3, 1), (patents.Applied, patents.Granted));
        Assert.All(figures.Where(f => f.Kpi != ActivityKpi.Patents), f => Assert.Null(f.Applied));
    }

    [Fact]
    public void Summarise_Nothing_IsEveryKpiAtZero()
    {
        var figures = ActivityKpis.Summarise([]);
        Assert.Equal(9, figures.Count);
        Assert.All(figures, f => Assert.Equal(0m, f.Figure));
        Assert.Equal((0, 0), (figures[6].Applied, figures[6].Granted));
    }
}
