namespace Alliance.Activity.Domain;

/// <summary>
/// The rules a record can break. Each has a stable code (<see cref="ActivityRuleCodes.Code"/>) that is
/// the <c>code</c> of a 422 refusal and the <c>reason</c> of a flagged record.
/// </summary>
public enum ActivityRule
{
    /// <summary><c>not-a-member</c>: the member named is not (or no longer) a member of this alliance.</summary>
    NotAMember,

    /// <summary><c>member-not-a-firm</c>: the member named is an individual or other member, not a firm.</summary>
    MemberNotAFirm,

    /// <summary><c>no-contract-on-date</c>: the firm member has no contract in force on the record's date.</summary>
    NoContractOnDate,

    /// <summary><c>university-patent</c>: a patent owned by the university alone.</summary>
    UniversityPatent,

    /// <summary><c>date-outside-programme-year</c>: dated outside Y/02/01–(Y+1)/01/31.</summary>
    DateOutsideProgrammeYear,

    /// <summary><c>event-recorded-as-other-kind</c>: the same event (date and title) is already kept as the other kind.</summary>
    EventRecordedAsOtherKind,
}

public static class ActivityRuleCodes
{
    /// <summary>The reason code of a record kept pending until activity hears of the member it names.</summary>
    public const string MemberNotYetKnown = "member-not-yet-known";

    private static readonly Dictionary<ActivityRule, string> Codes = new()
    {
        [ActivityRule.NotAMember] = "not-a-member",
        [ActivityRule.MemberNotAFirm] = "member-not-a-firm",
        [ActivityRule.NoContractOnDate] = "no-contract-on-date",
        [ActivityRule.UniversityPatent] = "university-patent",
        [ActivityRule.DateOutsideProgrammeYear] = "date-outside-programme-year",
        [ActivityRule.EventRecordedAsOtherKind] = "event-recorded-as-other-kind",
    };

    private static readonly Dictionary<string, ActivityRule> Rules = Codes.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    /// <summary>The kebab-case code of <paramref name="rule"/>.</summary>
    public static string Code(ActivityRule rule) => Codes[rule];

    /// <summary>Reads a code back; false for <see cref="MemberNotYetKnown"/> and anything unknown.</summary>
    public static bool TryParse(string? code, out ActivityRule rule)
    {
        rule = default;
        return code is not null && Rules.TryGetValue(code, out rule);
    }
}
