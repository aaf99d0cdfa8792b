using Alliance.Integration.Tests.Infrastructure;
using Alliance.Membership.Domain;
using Alliance.Messaging.Roster.Members;
using Alliance.Programme;
using Alliance.Reporting.Api.Apis;
using Alliance.Reporting.Api.Data;
using Alliance.Reporting.Domain.Summary;
using Alliance.ServiceDefaults;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Integration.Tests.Reporting;

/// <summary>
/// The tables count members in SQL (<see cref="MemberCounts"/>) while the drill-down applies membership's cutoff rule to each
/// copy: both must give the same counts at every boundary of the rule. The copies are written straight into reporting's
/// database under an alliance of their own, so no event is involved and every boundary is one row.
/// </summary>
public sealed class MemberCountsTests(SystemFixture system)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly ProgrammeYear Year = ProgrammeYear.Create(108);
    private static readonly ProgrammeYear LastYear = ProgrammeYear.Create(107);

    [Fact]
    public async Task Counts_InSql_AreMembershipsCutoffRule_AtEveryBoundary_ForTwoYearsInOneStatement()
    {
        var allianceId = Guid.CreateVersion7();
        var copies = Copies(allianceId);
        await using var db = await OpenAsync();
        db.Members.AddRange(copies);
        await db.SaveChangesAsync(Cancel);

        var counts = await MemberCounts.ReadAsync(db, allianceId, [Year, LastYear], Cancel);

        // 108 (cutoff 2019-10-31): firms ending on the cutoff (paid, north), starting on it (free, central), a cooperation project
        // stored as paid (free, south), a free and a paid contract both spanning (paid, east), a free one spanning beside a paid one
        // that does not (free, no region), one spanning both years (paid, an unknown region); one individual and one other member.
        Assert.Equal(new MemberSummary(FirmTotal: 6, Paid: 3, Free: 3, North: 1, Central: 1, South: 1, East: 1, IslandsAndOverseas: 2, Individual: 1, Other: 1),
            counts.Of(allianceId, Year));
        // 107 (cutoff 2018-10-31): the firm of 107 alone (paid, north) and the one spanning both years.
        Assert.Equal(new MemberSummary(FirmTotal: 2, Paid: 2, Free: 0, North: 1, Central: 0, South: 0, East: 0, IslandsAndOverseas: 1, Individual: 0, Other: 0),
            counts.Of(allianceId, LastYear));
        var current = copies.AsQueryable().Where(TableSources.IsCurrent).ToArray();
        Assert.All(new[] { Year, LastYear }, year => Assert.Equal(
            MemberCounting.Count(MemberCounting.Evaluate(current.Select(TableSources.InputOf), year)), counts.Of(allianceId, year)));
        Assert.Equal(MemberCounting.Count(MemberCounting.Evaluate([], Year)), counts.Of(Guid.CreateVersion7(), Year));
    }

    private static RosterMember[] Copies(Guid allianceId) =>
    [
        Firm(allianceId, "north", Contract("2019-01-01", "2019-10-31", paid: true)),
        Firm(allianceId, "central", Contract("2019-10-31", "2020-06-30", paid: false)),
        Firm(allianceId, "north", Contract("2019-01-01", "2019-10-30", paid: true)),
        Firm(allianceId, "north", Contract("2019-11-01", "2020-10-31", paid: true)),
        Firm(allianceId, "north"),
        Firm(allianceId, "south", Contract("2019-06-01", "2020-05-31", paid: true, source: "cooperation-project")),
        Firm(allianceId, "east", Contract("2019-01-01", "2019-12-31", paid: false), Contract("2019-10-01", "2019-11-30", paid: true)),
        Firm(allianceId, null, Contract("2019-01-01", "2019-12-31", paid: false), Contract("2019-01-01", "2019-06-30", paid: true)),
        Firm(allianceId, "north", Contract("2018-01-01", "2018-12-31", paid: true)),
        Firm(allianceId, "beyond-the-map", Contract("2018-01-01", "2019-12-31", paid: true)),
        Firm(allianceId, "north", Contract("2019-01-01", "2019-12-31", paid: true)) with { LeftAt = DateTimeOffset.UnixEpoch, LeftVersion = 3 },
        Firm(allianceId, "north", Contract("2019-01-01", "2019-12-31", paid: true)) with { DetailsVersion = null },
        Firm(allianceId, null, Contract("2019-01-01", "2019-12-31", paid: true)) with { MemberKind = "individual", IsFirm = false },
        Firm(allianceId, null, Contract("2019-10-31", "2019-10-31", paid: false)) with { MemberKind = "other", IsFirm = false },
        Firm(allianceId, "north", Contract("2019-01-01", "2019-12-31", paid: true)) with { MemberKind = "kind-unknown-here", IsFirm = false },
    ];

    private static RosterMember Firm(Guid allianceId, string? region, params RosterMemberContract[] contracts) => new()
    {
        Id = Guid.CreateVersion7(), AllianceId = allianceId, Name = $"計數會員 {region}", OrganisationKind = "taiwan-company", MemberKind = "firm",
        IsFirm = true, Region = region, Contracts = new RosterMemberContracts(contracts), DetailsVersion = 1, SourceVersion = 1,
    };

    private static RosterMemberContract Contract(string start, string end, bool paid, string source = "contract") =>
        new(Guid.CreateVersion7(), DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), paid, source);

    private async Task<ReportingDbContext> OpenAsync() => new(new DbContextOptionsBuilder<ReportingDbContext>()
        .UseNpgsql(await system.ConnectionStringAsync(ResourceNames.ReportingDb))
        .UseSnakeCaseNamingConvention()
        .Options);
}
