using System.Globalization;
using Alliance.Integration.Tests.Infrastructure;
using Alliance.Membership.Domain;
using Alliance.Messaging.Roster.Members;
using Alliance.Programme;
using Alliance.Reporting.Api.Apis;
using Alliance.Reporting.Api.Data;
using Alliance.Reporting.Domain;
using Alliance.Reporting.Domain.Summary;
using Alliance.ServiceDefaults;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Integration.Tests.Reporting;

/// <summary>
/// The tables and the programme view read members counted and incomes summed as the copies' triggers keep them, while the
/// drill-down applies membership's cutoff rule to each copy and the flags sum the incomes themselves: both must agree at every
/// boundary, after inserts, changes and deletes. The copies are written straight into reporting's database under alliances of
/// their own, so no event is involved and every boundary is one row.
/// </summary>
public sealed class KeptFiguresTests(SystemFixture system)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly ProgrammeYear Year = ProgrammeYear.Create(108);
    private static readonly ProgrammeYear LastYear = ProgrammeYear.Create(107);
    private static readonly ProgrammeYear NextYear = ProgrammeYear.Create(109);

    [Fact]
    public async Task MemberCounts_KeptByTheTrigger_AreMembershipsCutoffRule_AtEveryBoundary_ThroughChangesAndDeletes()
    {
        var allianceId = Guid.CreateVersion7();
        var copies = MemberCopies(allianceId);
        await using var db = await OpenAsync();
        db.Members.AddRange(copies);
        await db.SaveChangesAsync(Cancel);

        var counts = await MemberCounts.ReadAsync(db, allianceId, [Year, LastYear, NextYear], Cancel);
        // 108 (cutoff 2019-10-31): firms ending on the cutoff (paid, north), starting on it (free, central), a cooperation project
        // stored as paid (free, south), a free and a paid contract both spanning (paid, east), a free one spanning beside a paid one
        // that does not (free, no region), one spanning both years (paid, an unknown region); one individual and one other member.
        Assert.Equal(new MemberSummary(FirmTotal: 6, Paid: 3, Free: 3, North: 1, Central: 1, South: 1, East: 1, IslandsAndOverseas: 2, Individual: 1, Other: 1),
            counts.Of(Year));
        // 107 (cutoff 2018-10-31): the firm of 107 alone (paid, north) and the one spanning both years.
        Assert.Equal(new MemberSummary(FirmTotal: 2, Paid: 2, Free: 0, North: 1, Central: 0, South: 0, East: 0, IslandsAndOverseas: 1, Individual: 0, Other: 0),
            counts.Of(LastYear));
        await AssertCountsAreTheRuleAsync(db, allianceId);

        // A firm leaves, one's contracts are replaced, one moves region, one becomes an individual, one is deleted, and a member
        // described for the first time comes in: every year's counts follow.
        var (ending, starting, cooperation, both) = (copies[0], copies[1], copies[5], copies[6]);
        Change(db, ending, ending with { LeftAt = DateTimeOffset.UnixEpoch, LeftVersion = 2, Contracts = RosterMemberContracts.None });
        Change(db, starting, starting with { Contracts = new([Contract("2020-10-31", "2021-10-31", paid: true)]), DetailsVersion = 2 });
        Change(db, cooperation, cooperation with { Region = "east", DetailsVersion = 2 });
        Change(db, both, both with { MemberKind = "individual", IsFirm = false, DetailsVersion = 2 });
        db.Members.Remove(copies[7]);
        var undescribed = copies[11];
        Change(db, undescribed, undescribed with { DetailsVersion = 2 });
        await db.SaveChangesAsync(Cancel);
        await AssertCountsAreTheRuleAsync(db, allianceId);

        var unknown = Guid.CreateVersion7();
        Assert.Equal(MemberCounting.Count(MemberCounting.Evaluate([], Year)), (await MemberCounts.ReadAsync(db, unknown, [Year], Cancel)).Of(Year));
    }

    [Fact]
    public async Task IncomeSums_KeptByTheTrigger_AreTheYearsWholeTableSums_AtEveryBoundary_ThroughChangesAndDeletes()
    {
        var allianceId = Guid.CreateVersion7();
        await using var db = await OpenAsync();
        db.Subsidies.Add(new SubsidyCopy { AllianceId = allianceId, Year = Year.Roc, Amount = 1_000_000m, Version = 1 });
        var incomes = new[]
        {
            Income(allianceId, "membership-fee", "2019-01-01", 100m),
            Income(allianceId, "membership-fee", "2018-12-31", 200m),
            Income(allianceId, "membership-fee", "2020-01-31", 400m),
            Income(allianceId, "technical-service", "2020-02-01", 800m),
            Income(allianceId, "technical-service", "2019-06-30", 1_600m),
            Income(allianceId, "technical-service", "2019-07-01", 3_200m, status: "flagged"),
            Income(allianceId, "technology-transfer", "2019-03-01", 6_400.5m),
            Income(allianceId, "other", "2019-03-01", 12_800m) with { Year = LastYear.Roc },
        };
        db.Incomes.AddRange(incomes);
        await db.SaveChangesAsync(Cancel);
        Assert.Equal([("membership-fee", 500m), ("technical-service", 1_600m), ("technology-transfer", 6_400.5m)], await KeptSumsAsync(db, allianceId));
        await AssertSumsAreTheTablesAsync(db, allianceId);

        // An entry flagged, one accepted, one's amount and category changed, one moved out of the year's dates, one deleted.
        Change(db, incomes[0], incomes[0] with { Status = "flagged", Version = 2 });
        Change(db, incomes[5], incomes[5] with { Status = TableSources.Accepted, Version = 2 });
        Change(db, incomes[4], incomes[4] with { Category = "other", Amount = 1_700m, Version = 2 });
        Change(db, incomes[2], incomes[2] with { Date = new DateOnly(2020, 2, 1), Version = 2 });
        db.Incomes.Remove(incomes[6]);
        await db.SaveChangesAsync(Cancel);
        Assert.Equal([("other", 1_700m), ("technical-service", 3_200m)], await KeptSumsAsync(db, allianceId));
        await AssertSumsAreTheTablesAsync(db, allianceId);
    }

    private static async Task AssertCountsAreTheRuleAsync(ReportingDbContext db, Guid allianceId)
    {
        var counts = await MemberCounts.ReadAsync(db, allianceId, [Year, LastYear, NextYear], Cancel);
        var current = await db.Members.AsNoTracking().Where(m => m.AllianceId == allianceId).Where(TableSources.IsCurrent).ToListAsync(Cancel);
        Assert.All(new[] { Year, LastYear, NextYear }, year => Assert.Equal(
            MemberCounting.Count(MemberCounting.Evaluate(current.Select(TableSources.InputOf), year)), counts.Of(year)));
        foreach (var year in new[] { Year, LastYear, NextYear })
        {
            var summary = counts.Of(year);
            var byKind = (await MemberCounts.TotalsByKindAsync(db, [allianceId], year, Cancel)).GetValueOrDefault(allianceId, KindTotals.None);
            Assert.Equal(new KindTotals(summary.FirmTotal, summary.Individual, summary.Other), byKind);
        }
    }

    private static async Task<(string, decimal)[]> KeptSumsAsync(ReportingDbContext db, Guid allianceId) =>
        [.. (await db.IncomeYearSums.AsNoTracking().Where(s => s.AllianceId == allianceId && s.Year == Year.Roc && s.Entries > 0).ToListAsync(Cancel))
            .OrderBy(s => s.Category, StringComparer.Ordinal).Select(s => (s.Category, s.Amount))];

    /// <summary>The sums the flags and, before, the programme view read straight from the copies, over the year's cumulative kpi-2 dates.</summary>
    private static async Task AssertSumsAreTheTablesAsync(ReportingDbContext db, Guid allianceId)
    {
        var dates = SummaryViews.RecordDates(new ReportRound(Year, RoundKind.Kpi2), SummaryView.Cumulative);
        var subsidies = ProgrammeSources.SubsidiesOf(db, Year.Roc).Where(s => s.AllianceId == allianceId);
        var summed = await ProgrammeSources.SumsAsync(db, subsidies, Year.Roc, dates, Cancel);
        Assert.Equal(summed.OrderBy(s => s.Category, StringComparer.Ordinal).Select(s => (s.Category, s.Amount)), await KeptSumsAsync(db, allianceId));
    }

    private static void Change<T>(ReportingDbContext db, T tracked, T changed) where T : class => db.Entry(tracked).CurrentValues.SetValues(changed);

    private static RosterMember[] MemberCopies(Guid allianceId) =>
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
        new(Guid.CreateVersion7(), DateOnly.Parse(start, CultureInfo.InvariantCulture), DateOnly.Parse(end, CultureInfo.InvariantCulture), paid, source);

    private static IncomeCopy Income(Guid allianceId, string category, string date, decimal amount, string status = TableSources.Accepted) => new()
    {
        Id = Guid.CreateVersion7(), AllianceId = allianceId, Year = Year.Roc, Category = category,
        Date = DateOnly.Parse(date, CultureInfo.InvariantCulture), Amount = amount, Status = status, Version = 1,
    };

    private async Task<ReportingDbContext> OpenAsync() => new(new DbContextOptionsBuilder<ReportingDbContext>()
        .UseNpgsql(await system.ConnectionStringAsync(ResourceNames.ReportingDb))
        .UseSnakeCaseNamingConvention()
        .Options);
}
