namespace Alliance.Revenue.Domain;

/// <summary>
/// The rules an income entry can break. Each has a stable code (<see cref="IncomeRuleCodes.Code"/>)
/// that is the <c>code</c> of a 422 refusal and the <c>reason</c> of a flagged entry.
/// </summary>
public enum IncomeRule
{
    /// <summary><c>counterparty-not-a-member</c>: a membership fee from someone not a member of this alliance.</summary>
    CounterpartyNotAMember,

    /// <summary><c>counterparty-not-a-firm</c>: service, transfer or cooperation with a counterparty whose kind is not a firm.</summary>
    CounterpartyNotAFirm,

    /// <summary><c>counterparty-not-a-firm-member</c>: a technology transfer to someone not a member of this alliance.</summary>
    CounterpartyNotAFirmMember,

    /// <summary><c>no-contract-on-signing-date</c>: a firm member whose contracts do not cover the signing date.</summary>
    NoContractOnSigningDate,

    /// <summary><c>cooperation-needs-core-technology-and-pi</c>: cooperation with a non-member not both on the core technology and signed by the PI.</summary>
    CooperationNeedsCoreTechnologyAndPi,

    /// <summary><c>signed-outside-contract-window</c>: transfer or cooperation signed outside Y/01/01–(Y+1)/01/31.</summary>
    SignedOutsideContractWindow,

    /// <summary><c>date-outside-programme-year</c>: fee, service or other income dated outside Y/02/01–(Y+1)/01/31.</summary>
    DateOutsideProgrammeYear,

    /// <summary><c>excluded-nature</c>: other income of a nature that never counts.</summary>
    ExcludedNature,

    /// <summary><c>counterparty-of-another-alliance</c>: the entry names, by id, a member of another alliance.</summary>
    CounterpartyOfAnotherAlliance,
}

public static class IncomeRuleCodes
{
    /// <summary>The reason code of an entry revenue keeps pending until it hears of the member it names.</summary>
    public const string MemberNotYetKnown = "member-not-yet-known";

    /// <summary>
    /// The reason code of an entry whose stored category, nature or counterparty kind revenue cannot
    /// read (a number stored before enum names were enforced): it never counts until corrected.
    /// </summary>
    public const string UnreadableValue = "unreadable-value";

    private static readonly Dictionary<IncomeRule, string> Codes = new()
    {
        [IncomeRule.CounterpartyNotAMember] = "counterparty-not-a-member",
        [IncomeRule.CounterpartyNotAFirm] = "counterparty-not-a-firm",
        [IncomeRule.CounterpartyNotAFirmMember] = "counterparty-not-a-firm-member",
        [IncomeRule.NoContractOnSigningDate] = "no-contract-on-signing-date",
        [IncomeRule.CooperationNeedsCoreTechnologyAndPi] = "cooperation-needs-core-technology-and-pi",
        [IncomeRule.SignedOutsideContractWindow] = "signed-outside-contract-window",
        [IncomeRule.DateOutsideProgrammeYear] = "date-outside-programme-year",
        [IncomeRule.ExcludedNature] = "excluded-nature",
        [IncomeRule.CounterpartyOfAnotherAlliance] = "counterparty-of-another-alliance",
    };

    private static readonly Dictionary<string, IncomeRule> Rules = Codes.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    /// <summary>The kebab-case code of <paramref name="rule"/>.</summary>
    public static string Code(IncomeRule rule) => Codes[rule];

    /// <summary>Reads a code back; false for <see cref="MemberNotYetKnown"/>, <see cref="UnreadableValue"/> and anything unknown.</summary>
    public static bool TryParse(string? code, out IncomeRule rule)
    {
        rule = default;
        return code is not null && Rules.TryGetValue(code, out rule);
    }
}
