namespace Alliance.Membership.Domain;

/// <summary>
/// Why a member is not an effective firm member for a year. The closed set of DOMAIN.md; API codes
/// come from <see cref="StandingReasons.Code"/>.
/// </summary>
public enum StandingReason
{
    /// <summary><c>not-a-firm</c>: the member is an individual or other member.</summary>
    NotAFirm,

    /// <summary><c>no-contract</c>: the member has no contract at all.</summary>
    NoContract,

    /// <summary><c>contract-ends-before-cutoff</c>: a contract ends before the cutoff and none spans it.</summary>
    ContractEndsBeforeCutoff,

    /// <summary><c>contract-starts-after-cutoff</c>: a contract starts after the cutoff and none spans it.</summary>
    ContractStartsAfterCutoff,
}

/// <summary>Kebab-case codes of <see cref="StandingReason"/>.</summary>
public static class StandingReasons
{
    /// <summary>The API code, e.g. <c>contract-ends-before-cutoff</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not a defined value.</exception>
    public static string Code(StandingReason reason) => reason switch
    {
        StandingReason.NotAFirm => "not-a-firm",
        StandingReason.NoContract => "no-contract",
        StandingReason.ContractEndsBeforeCutoff => "contract-ends-before-cutoff",
        StandingReason.ContractStartsAfterCutoff => "contract-starts-after-cutoff",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };
}
