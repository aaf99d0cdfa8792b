using Alliance.Demo.Plan;
using Alliance.Programme;

namespace Alliance.Demo.Tests;

public sealed class DemoPlannerTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);
    private static readonly DemoProgramme Programme = DemoPlanner.Plan(108, 1, Today);

    [Fact]
    public void OneSeed_GivesTheSameProgrammeEveryTime() =>
        Assert.Equal(PlanDigest.Of(Programme), PlanDigest.Of(DemoPlanner.Plan(108, 1, Today)));

    [Fact]
    public void AnotherSeed_GivesAnotherProgramme() =>
        Assert.NotEqual(PlanDigest.Of(Programme), PlanDigest.Of(DemoPlanner.Plan(109, 1, Today)));

    [Fact]
    public void Digest_CoversTheActivities()
    {
        var withoutOne = Programme with { Alliances = [Programme.Alliances[0] with { Activities = Programme.Alliances[0].Activities.Skip(1).ToList() }, .. Programme.Alliances.Skip(1)] };

        Assert.NotEqual(PlanDigest.Of(Programme), PlanDigest.Of(withoutOne));
    }

    [Fact]
    public void CurrentYear_IsTheOneTodayFallsIn_AndTheYearBeforeIsFilledToo()
    {
        Assert.Equal(115, Programme.Current.Roc);
        Assert.All(Programme.Alliances, a => Assert.Equal([114, 115], a.Subsidies.Keys.Order()));
        Assert.Contains(Programme.Alliances.SelectMany(a => a.Incomes), i => i.Year == 114);
        Assert.Contains(Programme.Alliances.SelectMany(a => a.Incomes), i => i.Year == 115);
    }

    [Fact]
    public void AtScaleOne_TheDomainsHaveTheBriefingsAllianceCounts()
    {
        var counts = Programme.Alliances.GroupBy(a => a.DomainCode).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(new Dictionary<string, int>
        {
            ["biomedical"] = 9, ["ict"] = 13, ["services-education"] = 10, ["mechanical-materials"] = 11,
            ["electronics"] = 8, ["civil-energy-environment"] = 15, ["consumer-chemical"] = 10, ["management-information"] = 11,
        }, counts);
        Assert.Equal(Programme.Alliances.Count, Programme.Alliances.Select(a => a.Code).Distinct().Count());
    }

    [Fact]
    public void AtScaleTen_TheProgrammeIsTenTimesAsLarge()
    {
        var large = DemoPlanner.Plan(108, 10, Today);

        Assert.Equal(870, large.Alliances.Count);
        Assert.InRange(FirmMembers(large), 20_000, 26_000);
    }

    [Fact]
    public void AtScaleTen_EachAllianceHasAPiOfItsOwn_ButTheDemoPi_SoTheLoadSignsInAsManyPis()
    {
        var large = DemoPlanner.Plan(108, 10, Today);

        Assert.Equal(870 - DemoPlanner.DemoPiAlliances + 1, large.Alliances.Select(a => a.Pi.UserName).Distinct().Count());
        Assert.Equal(DemoPlanner.DemoPiAlliances, large.Alliances.Count(a => a.Pi.UserName == DemoPlanner.DemoPiUserName));
        Assert.Equal(870, large.Alliances.Select(a => a.Code).Distinct().Count());
    }

    [Fact]
    public void AtScaleTen_AnAllianceIsAsLargeAsAtScaleOne()
    {
        var large = DemoPlanner.Plan(108, 10, Today);

        Assert.InRange(large.MemberCount / (double)large.Alliances.Count, Programme.MemberCount / (double)Programme.Alliances.Count * 0.9, Programme.MemberCount / (double)Programme.Alliances.Count * 1.1);
        Assert.InRange(large.IncomeCount / (double)large.Alliances.Count, Programme.IncomeCount / (double)Programme.Alliances.Count * 0.9, Programme.IncomeCount / (double)Programme.Alliances.Count * 1.1);
    }

    [Fact]
    public void FirmMembers_AreAboutTheProgrammesTarget() => Assert.InRange(FirmMembers(Programme), 2_000, 2_600);

    [Fact]
    public void EveryPhaseAndYearInPhase_HasAlliances() =>
        Assert.Equal(6, Programme.Alliances.Select(a => (a.Phase, a.YearInPhase)).Distinct().Count());

    [Fact]
    public void Subsidies_AreBetweenTwoAndTwoPointSevenMillion() =>
        Assert.All(Programme.Alliances.SelectMany(a => a.Subsidies.Values), amount => Assert.InRange(amount, 2_000_000m, 2_700_000m));

    [Fact]
    public void Members_AreMostlyFirmsOfTheNorthAndCentre()
    {
        var counties = Programme.Alliances.SelectMany(a => a.Members).Where(m => m.County is not null).Select(m => Regions.Of(m.County, foreign: false)).ToList();
        var northAndCentre = counties.Count(r => r is Region.North or Region.Central);

        Assert.True(northAndCentre > counties.Count * 0.7, $"{northAndCentre} of {counties.Count} in the north and centre");
        Assert.Contains(Programme.Alliances.SelectMany(a => a.Members), m => m.Kind == "natural-person");
        Assert.Contains(Programme.Alliances.SelectMany(a => a.Members), m => m.Kind is "research-juridical-person" or "mainland-china-company");
    }

    [Fact]
    public void SomeContracts_EndBeforeTheCutoff_AndSomeStartAfterIt()
    {
        var contracts = Programme.Alliances.SelectMany(a => a.Members).Select(m => m.Contract).OfType<DemoContract>().ToList();

        Assert.Contains(contracts, c => c.End < Programme.Current.Cutoff && c.End >= Programme.Previous.Cutoff);
        Assert.Contains(contracts, c => c.Start > Programme.Current.Cutoff);
    }

    [Fact]
    public void Incomes_CoverEveryCategory_AndCooperationProjectsMakeMembers()
    {
        var incomes = Programme.Alliances.SelectMany(a => a.Incomes).ToList();

        Assert.Equal(
            ["industry-academia-cooperation", "membership-fee", "other", "technical-service", "technology-transfer"],
            incomes.Select(i => i.Category).Distinct().Order());
        Assert.Contains(incomes, i => i.Category == "industry-academia-cooperation" && i.MemberIndex is null);
        Assert.Contains(Programme.Alliances, a => a.RemovedByMistake.Count > 0);
    }

    [Fact]
    public void EveryEntry_IsDatedInsideItsYear_AndNotAfterToday()
    {
        foreach (var income in Programme.Alliances.SelectMany(a => a.Incomes))
        {
            var year = ProgrammeYear.Create(income.Year);
            var window = income.Category is "technology-transfer" or "industry-academia-cooperation" ? year.ContractWindow : year.Period;
            Assert.True(window.Contains(income.Date) && income.Date <= Today, $"{income.Category} of {income.Year} dated {income.Date}");
        }
    }

    [Fact]
    public void EntriesNamingAMember_NameOneWhoseContractAllowsIt()
    {
        foreach (var alliance in Programme.Alliances)
        {
            foreach (var income in alliance.Incomes.Where(i => i.MemberIndex is not null && i.Category is "technology-transfer" or "industry-academia-cooperation"))
            {
                var contract = alliance.Members[income.MemberIndex!.Value].Contract!;
                Assert.True(contract.Start <= income.Date && income.Date <= contract.End, $"{alliance.Code}: {income.Category} on {income.Date}");
            }
        }
    }

    [Fact]
    public void MembersOfOneAlliance_HaveDistinctNames_AsDoTheFirmsItsProjectsMakeMembers() =>
        Assert.All(DemoPlanner.Plan(108, 10, Today).Alliances, alliance =>
        {
            var names = alliance.Members.Select(m => m.Name)
                .Concat(alliance.Incomes.Where(i => i.MemberIndex is null && i.CounterpartyKind == "taiwan-company").Select(i => i.CounterpartyName!))
                .ToList();
            Assert.Equal(names.Count, names.Distinct().Count());
        });

    private static int FirmMembers(DemoProgramme programme) => programme.Alliances.Sum(a => a.ExpectedFirmMembers(programme.Current));
}
