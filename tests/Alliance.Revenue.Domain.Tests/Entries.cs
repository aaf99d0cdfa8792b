using System.Globalization;

namespace Alliance.Revenue.Domain.Tests;

/// <summary>
/// Builds rule inputs from compact test rows. Counterparties: <c>org:taiwan-company</c> (an
/// organisation named, not a member), <c>unknown</c> (a member id revenue has not heard of),
/// <c>member:firm</c> or <c>member:individual</c> optionally followed by <c>:2019-01-01..2019-12-31</c>
/// contract periods separated by <c>;</c>, <c>removed:firm</c> (a member membership removed) and
/// <c>stranger:firm</c> (another alliance's member), with contracts the same way. <c>org:</c> with no
/// kind is a crowd named only by its name (other income). Cooperation terms: <c>core+pi</c>,
/// <c>core</c>, <c>pi</c> or empty (neither).
/// </summary>
internal static class Entries
{
    public static readonly ProgrammeYear Year108 = ProgrammeYear.Create(108);

    private static readonly Dictionary<string, MemberStanding> Standings = new()
    {
        ["member"] = MemberStanding.OfThisAlliance,
        ["removed"] = MemberStanding.Removed,
        ["stranger"] = MemberStanding.OfAnotherAlliance,
    };

    public static (IncomeFacts Entry, MemberFacts? Member) Parse(
        IncomeCategory category, string date, string counterparty, IncomeNature? nature = null, string cooperation = "core+pi")
    {
        var parts = counterparty.Split(':', 3);
        var namesMember = parts[0] is not "org";
        OrganisationKind? kind = parts[0] == "org" && OrganisationKinds.TryParse(parts[1], out var parsed) ? parsed : null;
        MemberFacts? member = Standings.TryGetValue(parts[0], out var standing)
            ? new MemberFacts(standing, Enum.Parse<MemberKind>(parts[1], ignoreCase: true), Periods(parts.Length > 2 ? parts[2] : ""))
            : null;
        var terms = category == IncomeCategory.IndustryAcademiaCooperation
            ? new CooperationTerms(DateRange.Create(Date("2019-03-01"), Date("2020-02-28")), cooperation.Contains("core"), cooperation.Contains("pi"))
            : null;
        if (category == IncomeCategory.Other)
        {
            nature ??= IncomeNature.SeminarFee;
        }

        return (new IncomeFacts(Year108, category, Date(date), namesMember, kind, nature, terms), member);
    }

    public static string Outcome(IncomeVerdict verdict) => verdict switch
    {
        IncomeVerdict.AcceptedVerdict => "accepted",
        IncomeVerdict.PendingVerdict => IncomeRuleCodes.MemberNotYetKnown,
        IncomeVerdict.RefusedVerdict refused => $"{IncomeRuleCodes.Code(refused.Rule)}@{refused.Field}",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict)),
    };

    public static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static IReadOnlyList<DateRange> Periods(string text) =>
        text.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(period => period.Split("..") is [var start, var end] ? DateRange.Create(Date(start), Date(end)) : throw new FormatException(period))
            .ToList();
}
