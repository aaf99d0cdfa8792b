using Alliance.Programme;

namespace Alliance.Demo.Plan;

/// <summary>
/// Makes a demo programme from a seed, a scale and today's date: the same three give the same
/// programme. At scale 1 it has the 107 briefing's 87 alliances over the eight domains and about
/// 2,300 effective firm members, with their income entries and activities; the current programme year
/// is filled up to today, the year before it in full.
/// </summary>
public static class DemoPlanner
{
    /// <summary>The account that is PI of the first alliance of the first <see cref="DemoPiAlliances"/> domains.</summary>
    public const string DemoPiUserName = "demo-pi";
    public const int DemoPiAlliances = 4;

    public static DemoProgramme Plan(int seed, double scale, DateOnly today)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(scale);
        var random = new Random(seed);
        var current = ProgrammeYear.Containing(today);
        var numbers = new RegistrationNumberSource(random.Next(10_000_000, 60_000_000));
        var alliances = new List<DemoAlliance>();
        for (var d = 0; d < DemoNames.Domains.Length; d++)
        {
            var domain = DemoNames.Domains[d];
            var count = Math.Max(1, (int)Math.Round(domain.Alliances * scale, MidpointRounding.AwayFromZero));
            for (var i = 0; i < count; i++)
            {
                var pi = d < DemoPiAlliances && i == 0
                    ? new DemoPerson(DemoPiUserName, "示範計畫主持人")
                    : new DemoPerson($"pi-{domain.Prefix.ToLowerInvariant()}{i + 1:D3}", PersonName(random));
                var context = new AllianceContext(random, numbers, current, today);
                var alliance = context.Alliance($"{domain.Prefix}{i + 1:D3}", domain.Code, domain.Technologies[i % domain.Technologies.Length], i, pi);
                // Activities draw from a source of their own: adding them changed none of the members and entries a seed gives.
                var activities = new Random(unchecked((seed * 7919) + alliances.Count));
                alliances.Add(alliance with { Activities = ActivityDraw.For(alliance, current, today, activities) });
            }
        }

        // Visits too draw from a source of their own, leaving everything else a seed gives as it was; and so do last
        // year's visits, the forms of the visits held and the abnormal alliance, leaving this year's visits as they were.
        var visits = SiteVisitDraw.For(alliances, scale, current, new Random(unchecked((seed * 104_729) + 15)));
        var previous = ProgrammeYear.Create(current.Roc - 1);
        var lastYears = SiteVisitDraw.For(alliances, scale, previous, new Random(unchecked((seed * 104_729) + 14)));
        var reviews = new Random(unchecked((seed * 15_485_863) + 15));
        return new DemoProgramme(seed, scale, current, today, alliances)
        {
            Visits = ReviewDraw.WithForms(visits, today, reviews),
            LastYearsVisits = ReviewDraw.WithForms(lastYears, today, reviews),
            Abnormal = DemoAbnormal.Drawn(alliances, current, today),
        };
    }

    internal static string PersonName(Random random) =>
        DemoNames.Surnames[random.Next(DemoNames.Surnames.Length)] + DemoNames.GivenNames[random.Next(DemoNames.GivenNames.Length)];

    /// <summary>Distinct valid registration numbers (統一編號) from a starting point.</summary>
    private sealed class RegistrationNumberSource(int start)
    {
        private int _next = start;

        public string Next()
        {
            while (true)
            {
                var text = (_next++).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
                if (RegistrationNumber.TryCreate(text, out _, out _))
                {
                    return text;
                }
            }
        }
    }

    /// <summary>One alliance's draw: members first, then the entries that name them.</summary>
    private sealed class AllianceContext(Random random, RegistrationNumberSource numbers, ProgrammeYear current, DateOnly today)
    {
        private static readonly decimal[] TierFees = [10_000m, 30_000m, 50_000m, 80_000m];
        private readonly List<DemoMember> _members = [];
        private readonly List<DemoIncome> _incomes = [];
        private readonly HashSet<string> _names = [];
        private ProgrammeYear Previous => ProgrammeYear.Create(current.Roc - 1);

        public DemoAlliance Alliance(string code, string domainCode, string technology, int index, DemoPerson pi)
        {
            var strength = 0.4 + random.NextDouble() * 1.2;
            var tiers = DemoNames.FeeTierNames.Select((name, i) => new DemoFeeTier(name, TierFees[i], DemoNames.FeeTierServices[i])).ToList();
            AddMembers();
            foreach (var year in new[] { Previous, current })
            {
                AddIncomes(year, strength);
            }

            // Added after the other entries are drawn, so that its fee is the only entry naming it.
            var removed = new List<int>();
            if (random.Next(3) == 0)
            {
                removed.Add(AddMistakenMember());
            }

            foreach (var mistaken in removed)
            {
                var contract = _members[mistaken].Contract!;
                _incomes.Add(Income(current, "membership-fee", mistaken, Between(Max(contract.Start, current.Start), Last(current)), contract.Fee));
            }

            var subsidies = new Dictionary<int, decimal> { [Previous.Roc] = Subsidy(), [current.Roc] = Subsidy() };
            return new DemoAlliance(
                code, $"{technology}產學技術聯盟", DemoNames.Universities[random.Next(DemoNames.Universities.Length)], domainCode,
                Phase: 1 + index % 2, YearInPhase: 1 + index / 2 % 3, pi, subsidies, tiers, [.. _members], [.. _incomes], removed);
        }

        private decimal Subsidy() => 2_000_000m + random.Next(0, 71) * 10_000m;

        private void AddMembers()
        {
            var firms = random.Next(15, 37);
            for (var i = 0; i < firms; i++)
            {
                // Most contracts run two years and counted last year too; the rest started this year.
                var contract = random.Next(5) < 4
                    ? Contract(Between(new DateOnly(Previous.Gregorian, 2, 1), new DateOnly(Previous.Gregorian, 10, 1)), years: 2)
                    : Contract(Between(Previous.Cutoff.AddDays(1), current.Cutoff.AddDays(-15)), years: 1);
                AddFirm(contract);
            }

            // Those that do not count this year: lapsed before the cutoff, starting after it, or without a contract.
            for (var i = random.Next(1, 4); i > 0; i--)
            {
                AddFirm(new DemoContract(Between(new DateOnly(Previous.Gregorian, 3, 1), new DateOnly(Previous.Gregorian, 9, 1)), current.Cutoff.AddDays(-random.Next(30, 90)), null, false, 0));
            }

            for (var i = random.Next(0, 3); i > 0; i--)
            {
                AddFirm(Contract(current.Cutoff.AddDays(random.Next(5, 25)), years: 1));
            }

            if (random.Next(2) == 0)
            {
                AddFirm(null);
            }

            for (var i = random.Next(1, 5); i > 0; i--)
            {
                var name = Unique(DemoPlanner.PersonName(random));
                _members.Add(new DemoMember(name, "natural-person", null, County(), null, Contact(), new DemoContract(
                    Between(new DateOnly(Previous.Gregorian, 6, 1), current.Cutoff.AddDays(-60)), new DateOnly(current.Gregorian + 1, 1, 31), null, false, 0)));
            }

            for (var i = random.Next(0, 3); i > 0; i--)
            {
                var member = random.Next(2) == 0
                    ? new DemoMember(Unique(DemoNames.ResearchInstitutes[random.Next(DemoNames.ResearchInstitutes.Length)]), "research-juridical-person", numbers.Next(), "新竹縣", null, Contact(), null)
                    : Mainland();
                _members.Add(member with { Contract = Contract(Between(new DateOnly(Previous.Gregorian, 2, 1), new DateOnly(Previous.Gregorian, 10, 1)), years: 2) });
            }
        }

        private DemoMember Mainland()
        {
            var (name, country) = DemoNames.MainlandCompanies[random.Next(DemoNames.MainlandCompanies.Length)];
            return new DemoMember(Unique(name), "mainland-china-company", null, null, country, Contact(), null);
        }

        /// <summary>A firm entered by mistake (a duplicate of another under a slightly different name): its fee is recorded before it is removed.</summary>
        private int AddMistakenMember()
        {
            AddFirm(Contract(Between(Previous.Cutoff.AddDays(1), current.Cutoff.AddDays(-30)), years: 1) with { Paid = true, Fee = TierFees[0], Tier = DemoNames.FeeTierNames[0] });
            return _members.Count - 1;
        }

        private void AddFirm(DemoContract? contract)
        {
            var draw = random.Next(100);
            DemoMember member;
            if (draw < 6)
            {
                var (name, country) = DemoNames.ForeignCompanies[random.Next(DemoNames.ForeignCompanies.Length)];
                member = new DemoMember(Unique(name), "foreign-company", null, null, country, Contact(), contract);
            }
            else if (draw < 11)
            {
                member = new DemoMember(Unique(DemoNames.Associations[random.Next(DemoNames.Associations.Length)]), "association", numbers.Next(), County(), null, Contact(), contract);
            }
            else if (draw < 15)
            {
                member = new DemoMember(Unique($"財團法人{CompanyStem()}{Trade()}發展基金會"), "non-research-juridical-person", numbers.Next(), County(), null, Contact(), contract);
            }
            else
            {
                member = new DemoMember(Unique($"{CompanyStem()}{Trade()}股份有限公司"), "taiwan-company", numbers.Next(), County(), null, Contact(), contract);
            }

            _members.Add(member);
        }

        /// <summary>A contract of whole years from <paramref name="start"/>, paid in one of the tiers four times in five.</summary>
        private DemoContract Contract(DateOnly start, int years)
        {
            var end = start.AddYears(years).AddDays(-1);
            if (random.Next(5) == 0)
            {
                return new DemoContract(start, end, DemoNames.FeeTierNames[0], false, 0);
            }

            var tier = random.Next(10) switch { < 5 => 0, < 8 => 1, < 9 => 2, _ => 3 };
            return new DemoContract(start, end, DemoNames.FeeTierNames[tier], true, TierFees[tier]);
        }

        private void AddIncomes(ProgrammeYear year, double strength)
        {
            var last = Last(year);
            var counted = Enumerable.Range(0, _members.Count)
                .Where(i => _members[i].Contract is { } c && c.Start <= year.Cutoff && year.Cutoff <= c.End)
                .ToList();
            foreach (var i in counted.Where(i => _members[i].Contract!.Paid))
            {
                var contract = _members[i].Contract!;
                var from = Max(contract.Start, year.Start);
                var to = Min(contract.End, last);
                if (from <= to)
                {
                    _incomes.Add(Income(year, "membership-fee", i, Between(from, to), contract.Fee));
                }
            }

            var firms = counted.Where(i => _members[i].Kind is "taiwan-company" or "association" or "non-research-juridical-person" or "foreign-company").ToList();
            for (var n = Scaled(3, 8, strength); n > 0; n--)
            {
                var amount = Amount(50_000, 400_000, 1_000);
                var date = Between(year.Start, last);
                _incomes.Add(random.Next(2) == 0 && firms.Count > 0
                    ? Income(year, "technical-service", firms[random.Next(firms.Count)], date, amount)
                    : Stranger(year, "technical-service", date, amount));
            }

            var signing = (From: Max(year.ContractWindow.Start, year.Start.AddMonths(-1)), To: Min(year.End, today));
            for (var n = Scaled(0, 2, strength); n > 0 && firms.Count > 0; n--)
            {
                var member = firms[random.Next(firms.Count)];
                var contract = _members[member].Contract!;
                var (from, to) = (Max(contract.Start, signing.From), Min(contract.End, signing.To));
                if (from <= to)
                {
                    _incomes.Add(Income(year, "technology-transfer", member, Between(from, to), Amount(200_000, 1_200_000, 10_000)) with { Reference = $"TT-{year.Roc}-{_incomes.Count + 1:D3}" });
                }
            }

            for (var n = Scaled(1, 3, strength); n > 0; n--)
            {
                var date = Between(signing.From, signing.To);
                var amount = Amount(500_000, 3_000_000, 10_000);
                var entry = random.Next(10) < 7 && firms.Count > 0
                    ? Income(year, "industry-academia-cooperation", firms[random.Next(firms.Count)], date, amount)
                    // The special case: a firm that signs only the project becomes a member through it.
                    : Stranger(year, "industry-academia-cooperation", date, amount);
                var contract = entry.MemberIndex is { } m ? _members[m].Contract : null;
                if (contract is null || (contract.Start <= date && date <= contract.End))
                {
                    _incomes.Add(entry with { PeriodStart = date, PeriodEnd = date.AddYears(1).AddDays(-1), ConcernsCoreTechnology = true, SignedByPi = true, Reference = $"IA-{year.Roc}-{_incomes.Count + 1:D3}" });
                }
            }

            for (var n = Scaled(1, 4, strength); n > 0; n--)
            {
                var date = Between(year.Start, last);
                _incomes.Add(random.Next(4) switch
                {
                    0 => Crowd(year, DemoNames.Seminars[random.Next(DemoNames.Seminars.Length)], "seminar-fee", date, Amount(10_000, 80_000, 500)),
                    1 => Crowd(year, DemoNames.Courses[random.Next(DemoNames.Courses.Length)], "course-fee", date, Amount(20_000, 120_000, 500)),
                    2 => Stranger(year, "other", date, Amount(20_000, 100_000, 1_000)) with { Nature = "cash-donation" },
                    _ => Crowd(year, "場地及設備使用費", "other", date, Amount(5_000, 40_000, 500)),
                });
            }
        }

        private DemoIncome Income(ProgrammeYear year, string category, int member, DateOnly date, decimal amount) =>
            new(year.Roc, category, member, null, null, null, null, date, amount, null, null, null, null, null, null);

        /// <summary>An entry naming a firm that is not a member, by its details (named apart from the members: a cooperation project may make it one).</summary>
        private DemoIncome Stranger(ProgrammeYear year, string category, DateOnly date, decimal amount) =>
            new(year.Roc, category, null, Unique($"{CompanyStem()}{Trade()}有限公司"), "taiwan-company", numbers.Next(), County(), date, amount, null, null, null, null, null, null);

        private static DemoIncome Crowd(ProgrammeYear year, string name, string nature, DateOnly date, decimal amount) =>
            new(year.Roc, "other", null, name, "natural-person", null, null, date, amount, null, nature, null, null, null, null);

        /// <summary>The last day an entry of <paramref name="year"/> may carry: its end, or today while it runs.</summary>
        private DateOnly Last(ProgrammeYear year) => Min(year.End, today);

        private int Scaled(int min, int max, double strength) => (int)Math.Round(random.Next(min, max + 1) * strength, MidpointRounding.AwayFromZero);

        private decimal Amount(int min, int max, int step) => random.Next(min / step, max / step + 1) * (decimal)step;

        private DateOnly Between(DateOnly from, DateOnly to) => to <= from ? from : from.AddDays(random.Next(to.DayNumber - from.DayNumber + 1));

        private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

        private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

        /// <summary>Mostly the north and the centre, as real alliances' firms are.</summary>
        private string County()
        {
            var draw = random.Next(100);
            string[] pool = draw switch
            {
                < 55 => ["臺北市", "新北市", "桃園市", "新竹市", "新竹縣", "基隆市", "宜蘭縣"],
                < 80 => ["臺中市", "彰化縣", "苗栗縣", "南投縣", "雲林縣"],
                < 96 => ["臺南市", "高雄市", "嘉義市", "嘉義縣", "屏東縣", "澎湖縣"],
                < 99 => ["花蓮縣", "臺東縣"],
                _ => ["金門縣", "連江縣"],
            };
            return pool[random.Next(pool.Length)];
        }

        private string CompanyStem() => DemoNames.CompanyStems[random.Next(DemoNames.CompanyStems.Length)];

        private string Trade() => DemoNames.CompanyTrades[random.Next(DemoNames.CompanyTrades.Length)];

        private string Contact() =>
            $"{DemoNames.Surnames[random.Next(DemoNames.Surnames.Length)]}經理 0{random.Next(2, 9)}-{random.Next(2000, 9000)}-{random.Next(1000, 10000)}";

        /// <summary>The name, or the name with a branch added when the alliance already has one so named.</summary>
        private string Unique(string name)
        {
            var candidate = name;
            for (var branch = 2; !_names.Add(candidate); branch++)
            {
                candidate = $"{name}（第{branch}分部）";
            }

            return candidate;
        }
    }
}
