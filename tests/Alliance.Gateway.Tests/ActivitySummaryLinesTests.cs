using Alliance.Gateway.Web.Activity;

namespace Alliance.Gateway.Tests;

public sealed class ActivitySummaryLinesTests
{
    private static readonly Guid AllianceId = Guid.Parse("6a1f0c7e-2b7d-4c1e-9a52-0d3f4e5a6b7c");

    public static TheoryData<string, string> LinkByKpi => new()
    {
        { "promotion-events", "events?year=108&kind=promotion&status=accepted" },
        { "technical-seminars", "events?year=108&kind=seminar&status=accepted" },
        { "consultations", "consultations?year=108&status=accepted" },
        { "on-site-guidance", "guidance?year=108&status=accepted" },
        { "new-products", "outcomes?year=108&kind=new-product&status=accepted" },
        { "new-technologies", "outcomes?year=108&kind=new-technology&status=accepted" },
        { "patents", "outcomes?year=108&kind=patent&status=accepted" },
        { "new-hires", "outcomes?year=108&kind=new-hire&status=accepted" },
        { "derived-output-value", "outcomes?year=108&kind=derived-output-value&status=accepted" },
    };

    [Theory]
    [MemberData(nameof(LinkByKpi))]
    public void Of_EachKpi_LinksToTheAcceptedRecordsBehindIt(string kpi, string list)
    {
        var line = Assert.Single(ActivitySummaryLines.Of(Summary(new KpiFigureRow(kpi, 1))));

        Assert.Equal($"/alliances/{AllianceId}/activity/{list}", line.Link);
    }

    [Fact]
    public void Of_Range_CarriesTheRangeAskedFor()
    {
        var line = Assert.Single(ActivitySummaryLines.Of(Summary(new KpiFigureRow("consultations", 3)), new(2019, 3, 1), new(2019, 4, 30)));

        Assert.Equal($"/alliances/{AllianceId}/activity/consultations?year=108&status=accepted&from=2019-03-01&to=2019-04-30", line.Link);
    }

    [Fact]
    public void Of_Patents_ShowsAppliedAndGrantedEachWithItsOwnList()
    {
        var line = Assert.Single(ActivitySummaryLines.Of(Summary(new KpiFigureRow("patents", 5, 3, 2))));

        Assert.Equal("5", line.Figure);
        Assert.Equal(
            [("patents-applied", "3", "kind=patent-application"), ("patents-granted", "2", "kind=patent-grant")],
            line.Parts.Select(p => (p.Kpi, p.Figure, p.Link![(p.Link!.IndexOf("kind=", StringComparison.Ordinal))..p.Link.IndexOf("&status", StringComparison.Ordinal)])));
    }

    [Fact]
    public void Of_DerivedOutputValue_InThousandNtdWithTheExactNtd()
    {
        var line = Assert.Single(ActivitySummaryLines.Of(Summary(new KpiFigureRow("derived-output-value", 1_234_500m))));

        Assert.Equal(("1,235", "1,234,500"), (line.Figure, line.ExactNtd));
    }

    [Fact]
    public void Of_UnknownKpi_ShownWithoutALink()
    {
        var line = Assert.Single(ActivitySummaryLines.Of(Summary(new KpiFigureRow("something-new", 1_200))));

        Assert.Equal(("1,200", null), (line.Figure, line.Link));
    }

    private static ActivitySummaryRow Summary(params KpiFigureRow[] kpis) => new(AllianceId, 108, new(2019, 2, 1), new(2020, 1, 31), kpis);
}
