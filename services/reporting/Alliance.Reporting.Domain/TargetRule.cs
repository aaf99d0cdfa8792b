using System.Text.Json;

namespace Alliance.Reporting.Domain;

/// <summary>The rules a year's targets are held to (DOMAIN.md, "Targets"); each refused with its code unless the centre records an exception.</summary>
public enum TargetRule
{
    /// <summary><c>member-target-below-proposal</c>: the firm-member target is below the proposal's original target + 3.</summary>
    MemberTargetBelowProposal,

    /// <summary><c>member-target-not-growing</c>: the firm-member target is below last year's target + 3 (more than +5 is fine).</summary>
    MemberTargetNotGrowing,

    /// <summary><c>below-phase-one-year-three</c>: in phase 2, a KPI's target is below the same KPI's target in the alliance's phase-1 year 3.</summary>
    BelowPhaseOneYearThree,
}

/// <summary>What a rule says of a year's targets.</summary>
public enum TargetOutcome
{
    Passed,

    /// <summary>Broken: a submission is refused (422 with the rule's code).</summary>
    Refused,

    /// <summary>Broken, but the centre recorded an exception with its note: a submission passes.</summary>
    Excepted,

    /// <summary>What the rule compares with is not in the system (no last-year target, no phase-1 year-3 targets): not checked, and the page says so.</summary>
    Skipped,

    /// <summary>The draft lacks what the rule compares (the firm-member target or the proposal's figure).</summary>
    Pending,

    /// <summary>The rule does not apply (the phase-2 rule in phase 1).</summary>
    NotApplicable,
}

/// <summary>One rule's verdict; a rule broken on several KPIs has one verdict per KPI.</summary>
/// <param name="Field">the request field the verdict is about (<c>targets.patents</c>), when about one</param>
/// <param name="Target">the target compared</param>
/// <param name="Minimum">the least target the rule allows</param>
public sealed record TargetVerdict(TargetRule Rule, TargetOutcome Outcome, string? Field = null, decimal? Target = null, decimal? Minimum = null)
{
    /// <summary>Whether this verdict refuses a submission.</summary>
    public bool Blocks => Outcome == TargetOutcome.Refused;
}

public static class TargetRuleCodes
{
    public static string Code(TargetRule rule) => JsonNamingPolicy.KebabCaseLower.ConvertName(rule.ToString());

    public static bool TryParse(string? code, out TargetRule rule)
    {
        rule = default;
        foreach (var candidate in Enum.GetValues<TargetRule>())
        {
            if (Code(candidate) == code)
            {
                rule = candidate;
                return true;
            }
        }

        return false;
    }
}
