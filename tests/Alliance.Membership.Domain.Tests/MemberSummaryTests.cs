namespace Alliance.Membership.Domain.Tests;

public sealed class MemberSummaryTests
{
    private static readonly ProgrammeYear Year108 = ProgrammeYear.Create(108);
    private static readonly MemberStanding CountedPaid = Standing(MemberKind.Firm, "2019-01-01..2019-12-31 paid");
    private static readonly MemberStanding CountedFree = Standing(MemberKind.Firm, "2019-01-01..2019-12-31 free");
    private static readonly MemberStanding NotCounted = Standing(MemberKind.Firm, "2019-01-01..2019-10-30 paid");

    [Fact]
    public void Count_NoMembers_AllZero() =>
        Assert.Equal(new MemberSummary(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), MemberSummary.Count([]));

    [Fact]
    public void Count_MixedMembers_CountsOnlyCountedMembersByKindPaymentAndRegion()
    {
        (MemberKind, Region?, MemberStanding)[] members =
        [
            (MemberKind.Firm, Region.North, CountedPaid),
            (MemberKind.Firm, Region.North, CountedFree),
            (MemberKind.Firm, Region.Central, CountedPaid),
            (MemberKind.Firm, Region.South, CountedFree),
            (MemberKind.Firm, Region.East, CountedPaid),
            (MemberKind.Firm, Region.IslandsAndOverseas, CountedFree),
            (MemberKind.Firm, null, CountedPaid),
            (MemberKind.Firm, Region.North, NotCounted),
            (MemberKind.Individual, Region.North, Standing(MemberKind.Individual, "2019-01-01..2019-12-31 paid")),
            (MemberKind.Individual, null, Standing(MemberKind.Individual, "")),
            (MemberKind.Other, Region.South, Standing(MemberKind.Other, "2019-01-01..2019-12-31 free")),
            (MemberKind.Other, Region.South, Standing(MemberKind.Other, "2019-01-01..2019-12-31 free")),
        ];

        Assert.Equal(new MemberSummary(
            FirmTotal: 7, Paid: 4, Free: 3,
            North: 2, Central: 1, South: 1, East: 1, IslandsAndOverseas: 2,
            Individual: 1, Other: 2), MemberSummary.Count(members));
    }

    [Fact]
    public void Count_FirmWithoutRegion_CountsUnderIslandsAndOverseas() =>
        Assert.Equal(1, MemberSummary.Count([(MemberKind.Firm, null, CountedFree)]).IslandsAndOverseas);

    [Fact]
    public void Count_EveryCombination_RegionsAndPaymentAddUpToFirmTotal()
    {
        Region?[] regions = [.. Enum.GetValues<Region>().Cast<Region?>(), null];
        MemberStanding[] standings = [CountedPaid, CountedFree, NotCounted];
        var members = (
            from kind in Enum.GetValues<MemberKind>()
            from region in regions
            from standing in standings
            select (kind, region, standing)).ToList();

        var summary = MemberSummary.Count(members);

        Assert.Equal(regions.Length * 2, summary.FirmTotal);
        Assert.Equal(summary.FirmTotal, summary.Paid + summary.Free);
        Assert.Equal(summary.FirmTotal, summary.North + summary.Central + summary.South + summary.East + summary.IslandsAndOverseas);
        Assert.Equal((regions.Length * 2, regions.Length * 2), (summary.Individual, summary.Other));
    }

    [Fact]
    public void Count_FirmsByRegionFunction_AddUpToFirmTotal()
    {
        string?[] counties = [.. Counties.All, "台北市", "台東縣", null, "Atlantis"];
        var members = counties
            .Select(county => (MemberKind.Firm, Regions.Of(county, foreign: false), CountedPaid))
            .Append((MemberKind.Firm, Regions.Of("Osaka", foreign: true), CountedFree));

        var summary = MemberSummary.Count(members);

        Assert.Equal(
            (27, 8, 5, 6, 3, 5),
            (summary.FirmTotal, summary.North, summary.Central, summary.South, summary.East, summary.IslandsAndOverseas));
    }

    private static MemberStanding Standing(MemberKind kind, string terms) => Membership.Evaluate(kind, Terms.Parse(terms), Year108);
}
