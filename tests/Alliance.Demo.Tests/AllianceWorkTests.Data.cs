using Alliance.Demo.Load;
using Alliance.Demo.Plan;

namespace Alliance.Demo.Tests;

public sealed partial class AllianceWorkTests
{
    /// <summary>
    /// Members 0 and 1 are firms, 2 was entered by mistake (its fee, entry 3, and a consultation,
    /// activity 2, are recorded before it is removed); entries 1 and 2 differ only in their
    /// counterparty, so they look alike once recorded; activity 3 is a mistake the service refuses.
    /// </summary>
    private static readonly DemoAlliance Planned = new(
        "BM001", "精準醫療產學技術聯盟", "國立臺灣大學", "biomedical", 1, 1, new DemoPerson("demo-pi", "示範計畫主持人"),
        new Dictionary<int, decimal> { [114] = 2_000_000m, [115] = 2_100_000m },
        [new DemoFeeTier("基本交流會員", 10_000m, "技術交流活動"), new DemoFeeTier("前瞻技術會員", 80_000m, "前瞻技術研發計畫")],
        [Firm("甲科技股份有限公司"), Firm("乙精密股份有限公司"), Firm("甲科技股份有限公司（第2分部）")],
        [
            Income(114, "membership-fee", 0, new DateOnly(2025, 3, 1), 10_000m),
            Income(115, "technical-service", null, new DateOnly(2026, 4, 1), 50_000m),
            Income(115, "technical-service", null, new DateOnly(2026, 4, 1), 50_000m),
            Income(115, "membership-fee", 2, new DateOnly(2026, 5, 1), 10_000m),
        ],
        [2])
    {
        Activities =
        [
            new(DemoActivity.Events, 115, "seminar", new DateOnly(2026, 3, 10), null, Title: "精準醫療技術研討會（第1場）", Place: "國際會議廳", Role: "hosted", Attendees: 80, FirmAttendees: 40),
            new(DemoActivity.Consultations, 115, null, new DateOnly(2026, 4, 2), 0, Topic: "製程改善諮詢", Hours: 2m),
            new(DemoActivity.Consultations, 115, null, new DateOnly(2026, 6, 2), 2, Topic: "法規與標準諮詢", Hours: 2m),
            new(DemoActivity.Events, 115, "promotion", new DateOnly(2026, 3, 10), null, Title: "精準醫療技術研討會（第1場）", Place: "國際會議廳", Role: "hosted",
                Attendees: 80, FirmAttendees: 40, RefusedWith: "event-recorded-as-other-kind"),
        ],
    };

    public static TheoryData<string, ObservedAlliance, string> Cases => new()
    {
        { "nothing yet", ObservedAlliance.Nothing, "subsidies 114,115; tiers 0,1; members 0,1,2; incomes 0,1,2,3; activities 0,1,2,3; removals 2" },
        { "everything, the mistaken member removed", Observed([114, 115], [0, 1], [0, 1], [0, 1, 2, 3], [0, 1, 2]), "subsidies ; tiers ; members ; incomes ; activities ; removals " },
        { "the first subsidy only", Observed([114], [], [], [], []), "subsidies 115; tiers 0,1; members 0,1,2; incomes 0,1,2,3; activities 0,1,2,3; removals 2" },
        { "one tier", Observed([114, 115], [1], [], [], []), "subsidies ; tiers 0; members 0,1,2; incomes 0,1,2,3; activities 0,1,2,3; removals 2" },
        { "members imported, no entries", Observed([114, 115], [0, 1], [0, 1, 2], [], []), "subsidies ; tiers ; members ; incomes 0,1,2,3; activities 0,1,2,3; removals 2" },
        { "one of two look-alike entries", Observed([114, 115], [0, 1], [0, 1, 2], [0, 1], []), "subsidies ; tiers ; members ; incomes 2,3; activities 0,1,2,3; removals 2" },
        { "every entry, the first activity", Observed([114, 115], [0, 1], [0, 1, 2], [0, 1, 2, 3], [0]), "subsidies ; tiers ; members ; incomes ; activities 1,2,3; removals 2" },
        { "every record, the mistaken member still there", Observed([114, 115], [0, 1], [0, 1, 2], [0, 1, 2, 3], [0, 1, 2]), "subsidies ; tiers ; members ; incomes ; activities 3; removals 2" },
        { "the mistaken member gone, a record naming it missing", Observed([114, 115], [0, 1], [0, 1], [0, 1, 2, 3], [0, 1]), "subsidies ; tiers ; members 2; incomes ; activities 2,3; removals 2" },
        { "the mistaken member neither there nor its records", Observed([114, 115], [0, 1], [0, 1], [0, 1, 2], [0, 1]), "subsidies ; tiers ; members 2; incomes 3; activities 2,3; removals 2" },
    };

    private static ObservedAlliance Observed(int[] subsidies, int[] tiers, int[] members, int[] incomes, int[] activities) => new(
        subsidies.ToHashSet(),
        tiers.Select(t => Planned.FeeTiers[t].Name).ToHashSet(),
        members.Select(m => Planned.Members[m].Name).ToHashSet(),
        incomes.Select(i => IncomeKey.Of(Planned.Incomes[i])).ToList(),
        activities.Select(a => ActivityKey.Of(Planned.Activities[a])).ToList());

    private static DemoMember Firm(string name) =>
        new(name, "taiwan-company", "04595257", "臺北市", null, "陳經理 02-2345-6789", new DemoContract(new DateOnly(2025, 2, 1), new DateOnly(2027, 1, 31), "基本交流會員", true, 10_000m));

    private static DemoIncome Income(int year, string category, int? member, DateOnly date, decimal amount) =>
        new(year, category, member, member is null ? "丙有限公司" : null, member is null ? "taiwan-company" : null, null, null, date, amount, null, null, null, null, null, null);
}
