using System.Globalization;

namespace Alliance.Membership.Domain.Tests;

/// <summary>
/// Reads contract terms written compactly in test rows: "2019-01-01..2019-10-31 paid; 2019-11-01..2020-10-31 free",
/// where the last word is paid, free or project (a cooperation project). An empty string is no contract.
/// </summary>
internal static class Terms
{
    public static IReadOnlyList<ContractTerm> Parse(string text) =>
        text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(ParseOne)
            .ToList();

    private static ContractTerm ParseOne(string term)
    {
        var (dates, kind) = term.Split(' ') is [var d, var k] ? (d, k) : throw new FormatException(term);
        var (start, end) = dates.Split("..") is [var s, var e] ? (Date(s), Date(e)) : throw new FormatException(term);
        var period = DateRange.Create(start, end);
        return kind switch
        {
            "paid" => ContractTerm.Contract(period, paid: true),
            "free" => ContractTerm.Contract(period, paid: false),
            "project" => ContractTerm.FromCooperationProject(period),
            _ => throw new FormatException(term),
        };
    }

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
