namespace Alliance.Membership.Domain.Tests;

// Year 108: cutoff 2019-10-31.
public sealed partial class MembershipTests
{
    public static TheoryData<string, bool> CountedCases => new()
    {
        { "2019-01-01..2019-10-31 paid", true },
        { "2019-01-01..2019-10-30 paid", false },
        { "2019-10-31..2020-10-30 paid", true },
        { "2019-11-01..2020-10-31 paid", false },
        { "2019-10-31..2019-10-31 free", true },
        { "2018-01-01..2022-12-31 free", true },
        { "2019-10-31..2020-01-31 project", true },
        { "2018-01-01..2019-10-30 paid; 2019-11-01..2020-12-31 paid", false },
        { "2018-01-01..2019-10-30 paid; 2019-03-01..2020-02-28 free", true },
        { "", false },
    };

    public static TheoryData<string, bool> PaidCases => new()
    {
        { "2019-01-01..2019-12-31 paid", true },
        { "2019-01-01..2019-12-31 free", false },
        { "2019-01-01..2019-12-31 free; 2019-06-01..2020-05-31 paid", true },
        { "2019-01-01..2019-12-31 paid; 2019-06-01..2020-05-31 paid", true },
        { "2019-01-01..2019-12-31 free; 2019-06-01..2020-05-31 free", false },
        { "2018-01-01..2019-10-30 paid; 2019-06-01..2020-05-31 free", false },
        { "2019-01-01..2019-12-31 project", false },
        { "2019-01-01..2019-12-31 project; 2019-01-01..2019-12-31 paid", true },
        { "2019-11-01..2020-10-31 paid", false },
        { "", false },
    };

    public static TheoryData<MemberKind, string, string> ReasonCases => new()
    {
        { MemberKind.Firm, "2019-01-01..2019-12-31 paid", "" },
        { MemberKind.Firm, "2019-01-01..2019-12-31 project", "" },
        { MemberKind.Firm, "", "no-contract" },
        { MemberKind.Firm, "2018-11-01..2019-10-30 paid", "contract-ends-before-cutoff" },
        { MemberKind.Firm, "2019-11-01..2020-10-31 paid", "contract-starts-after-cutoff" },
        { MemberKind.Firm, "2018-01-01..2018-12-31 paid; 2019-01-01..2019-06-30 free", "contract-ends-before-cutoff" },
        { MemberKind.Firm, "2018-11-01..2019-10-30 paid; 2019-11-01..2020-10-31 paid", "contract-ends-before-cutoff,contract-starts-after-cutoff" },
        { MemberKind.Firm, "2018-11-01..2019-10-30 paid; 2019-06-01..2020-05-31 free", "" },
        { MemberKind.Individual, "2019-01-01..2019-12-31 paid", "not-a-firm" },
        { MemberKind.Other, "2019-01-01..2019-12-31 free", "not-a-firm" },
        { MemberKind.Individual, "", "not-a-firm,no-contract" },
        { MemberKind.Other, "2018-11-01..2019-10-30 paid", "not-a-firm,contract-ends-before-cutoff" },
        { MemberKind.Other, "2019-11-01..2020-10-31 paid", "not-a-firm,contract-starts-after-cutoff" },
    };

    public static TheoryData<MemberKind, bool, bool> KindCases => new()
    {
        { MemberKind.Firm, true, true },
        { MemberKind.Individual, true, false },
        { MemberKind.Other, true, false },
    };
}
