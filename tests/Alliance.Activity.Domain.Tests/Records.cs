using System.Globalization;

namespace Alliance.Activity.Domain.Tests;

/// <summary>
/// Builds rule inputs from compact test rows. Members: <c>none</c> (an event names none), <c>unknown</c>
/// (a member id activity has not heard of), <c>member:firm</c>, <c>member:individual</c> or
/// <c>member:other</c> optionally followed by <c>:2019-01-01..2019-12-31</c> contract periods separated
/// by <c>;</c>, <c>removed:firm</c> (a member membership removed) and <c>stranger:firm</c> (another
/// alliance's member), with contracts the same way.
/// </summary>
internal static class Records
{
    public static readonly ProgrammeYear Year108 = ProgrammeYear.Create(108);

    /// <summary>A firm member of this alliance whose contract covers all of year 108.</summary>
    public const string InForce = "member:firm:2019-01-01..2020-12-31";

    private static readonly Dictionary<string, MemberStanding> Standings = new()
    {
        ["member"] = MemberStanding.OfThisAlliance,
        ["removed"] = MemberStanding.Removed,
        ["stranger"] = MemberStanding.OfAnotherAlliance,
    };

    public static (ActivityFacts Record, MemberFacts? Member) Parse(
        ActivityKind kind, string date, string member, PatentOwner? owner = null, bool otherKindRecorded = false)
    {
        var parts = member.Split(':', 3);
        MemberFacts? facts = Standings.TryGetValue(parts[0], out var standing)
            ? new MemberFacts(standing, Enum.Parse<MemberKind>(parts[1], ignoreCase: true), Periods(parts.Length > 2 ? parts[2] : ""))
            : null;
        if (ActivityKinds.IsPatent(kind))
        {
            owner ??= PatentOwner.Member;
        }

        return (new ActivityFacts(Year108, kind, Date(date), owner, otherKindRecorded), facts);
    }

    public static string Outcome(ActivityVerdict verdict) => verdict switch
    {
        ActivityVerdict.AcceptedVerdict => "accepted",
        ActivityVerdict.PendingVerdict => ActivityRuleCodes.MemberNotYetKnown,
        ActivityVerdict.RefusedVerdict refused => $"{ActivityRuleCodes.Code(refused.Rule)}@{refused.Field}",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict)),
    };

    public static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static IReadOnlyList<DateRange> Periods(string text) =>
        text.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(period => period.Split("..") is [var start, var end] ? DateRange.Create(Date(start), Date(end)) : throw new FormatException(period))
            .ToList();
}
