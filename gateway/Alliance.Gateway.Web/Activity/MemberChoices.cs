using Alliance.Gateway.Web.Membership;

namespace Alliance.Gateway.Web.Activity;

/// <summary>
/// Which members a consultation, a guidance or an outcome may name on a date, by the activity
/// service's rule: a firm member of the alliance whose contract is in force that day (both ends of a
/// contract inclusive). The service decides anyway; the form offers no member it would refuse and
/// says why one the user looks for is not offered, with the rule's own code.
/// </summary>
public static class MemberChoices
{
    public const string NotAFirm = "member-not-a-firm";
    public const string NoContractOnDate = "no-contract-on-date";
    public const string Removed = "removed";
    public const string NotAMember = "not-a-member";

    /// <summary>A member the user looked for that is not offered, and why (one of the codes above).</summary>
    public sealed record Missing(string Name, string Reason);

    /// <summary>The members that count on <paramref name="date"/>, by name; none while no date is chosen.</summary>
    public static IReadOnlyList<MemberRow> Offered(IEnumerable<MemberRow> members, DateOnly? date) =>
        date is { } day
            ? members.Where(m => WhyNot(m, day) is null).OrderBy(m => m.Name, StringComparer.Ordinal).ToArray()
            : [];

    /// <summary>Why <paramref name="member"/> does not count on <paramref name="date"/>; null when it does.</summary>
    public static string? WhyNot(MemberRow member, DateOnly date) =>
        member.MemberKind != "firm" ? NotAFirm
        : member.Contracts.Any(c => c.Start <= date && date <= c.End) ? null
        : NoContractOnDate;

    /// <summary>
    /// The members whose name holds <paramref name="typed"/> that are not offered on <paramref name="date"/>,
    /// each with its reason: current members that do not count that day, then members removed from the
    /// alliance that the page knows of (<paramref name="removed"/>, named by earlier records). A name that
    /// matches no member at all is <see cref="NotAMember"/>. Nothing while nothing is typed or no date chosen.
    /// </summary>
    public static IReadOnlyList<Missing> WhyMissing(
        IEnumerable<MemberRow> members, IEnumerable<(Guid Id, string Name)> removed, DateOnly? date, string? typed)
    {
        var wanted = Normalised(typed);
        if (wanted.Length == 0 || date is not { } day)
        {
            return [];
        }

        var current = members.ToArray();
        var matching = current.Where(m => Holds(m.Name, wanted)).ToArray();
        var known = current.Select(m => m.Id).ToHashSet();
        var gone = removed.Where(r => !known.Contains(r.Id) && Holds(r.Name, wanted)).DistinctBy(r => r.Id)
            .Select(r => new Missing(r.Name, Removed));
        var missing = matching.Select(m => (m.Name, Reason: WhyNot(m, day))).Where(m => m.Reason is not null)
            .Select(m => new Missing(m.Name, m.Reason!)).Concat(gone).OrderBy(m => m.Name, StringComparer.Ordinal).ToArray();
        return missing.Length == 0 && matching.Length == 0 ? [new Missing(typed!.Trim(), NotAMember)] : missing;
    }

    /// <summary>Whether <paramref name="name"/> holds the typed text, ignoring case and spaces (Chinese names have none).</summary>
    public static bool Matches(string name, string? typed) => Holds(name, Normalised(typed));

    private static bool Holds(string name, string wanted) => wanted.Length == 0 || Normalised(name).Contains(wanted, StringComparison.OrdinalIgnoreCase);

    private static string Normalised(string? text) => string.Concat((text ?? "").Where(c => !char.IsWhiteSpace(c)));
}
