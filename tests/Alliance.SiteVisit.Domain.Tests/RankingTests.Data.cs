namespace Alliance.SiteVisit.Domain.Tests;

// Candidates: "CODE:total,total" per alliance (its submitted forms' totals, pooled over the year's visits).
// Expected: "rank:CODE" in ranking order.
public sealed partial class RankingTests
{
    public static TheoryData<string, string> OrderCases => new()
    {
        { "A01:20", "1:A01" },
        { "A01:18;B02:22;C03:20", "1:B02 2:C03 3:A01" },
        // Alliances without a submitted form are not ranked.
        { "A01:18;B02:;C03:20", "1:C03 2:A01" },
        { "B02:", "" },
        // Same average (20): the higher lowest form total first.
        { "A01:16,24;B02:19,21", "1:B02 2:A01" },
        { "A01:20,20;B02:15,25;C03:18,22", "1:A01 2:C03 3:B02" },
        // Same average and same lowest: by code, ascending, whatever order they came in.
        { "C03:19,21;A01:19,21;B02:21,19", "1:A01 2:B02 3:C03" },
        { "B02:20;A01:20", "1:A01 2:B02" },
        // Average first: a higher average wins over a higher lowest total.
        { "A01:25,15;B02:19,20", "1:A01 2:B02" },
        // Averages differing only past the decimal point.
        { "A01:20,21,21;B02:20,21;C03:21", "1:C03 2:A01 3:B02" },
        // Codes compare ordinally: upper case before lower case, digits before letters.
        { "b01:20;B01:20;101:20", "1:101 2:B01 3:b01" },
    };
}
