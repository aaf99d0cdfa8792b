namespace Alliance.Membership.Domain;

/// <summary>The cutoff rule: who counts as a member in a programme year (DOMAIN.md, "Members").</summary>
public static class Membership
{
    /// <summary>
    /// Evaluates a member for <paramref name="year"/>. A contract counts when its period contains
    /// the cutoff Y/10/31 (both ends inclusive). Several contracts spanning the cutoff count once,
    /// as paid if any of them is paid. Individual and other members are counted by the same rule.
    /// </summary>
    /// <remarks>
    /// Reasons, in this order, are given whenever the member is not an effective firm member:
    /// <list type="bullet">
    /// <item><see cref="StandingReason.NotAFirm"/> when the kind is not firm, even if counted;</item>
    /// <item><see cref="StandingReason.NoContract"/> when the list is empty;</item>
    /// <item>otherwise, when no contract spans the cutoff, <see cref="StandingReason.ContractEndsBeforeCutoff"/>
    /// if any contract ends before it and <see cref="StandingReason.ContractStartsAfterCutoff"/> if any
    /// starts after it, so one ending before and one starting after give both.</item>
    /// </list>
    /// Contracts that do not span the cutoff give no reason when another one does span it.
    /// </remarks>
    public static MemberStanding Evaluate(MemberKind kind, IReadOnlyList<ContractTerm> contracts, ProgrammeYear year)
    {
        ArgumentNullException.ThrowIfNull(contracts);
        var cutoff = year.Cutoff;
        var spanning = contracts.Where(contract => contract.Period.Contains(cutoff)).ToList();
        var isCounted = spanning.Count > 0;
        var isFirm = kind == MemberKind.Firm;

        var reasons = new List<StandingReason>();
        if (!isFirm)
        {
            reasons.Add(StandingReason.NotAFirm);
        }

        if (contracts.Count == 0)
        {
            reasons.Add(StandingReason.NoContract);
        }
        else if (!isCounted)
        {
            if (contracts.Any(contract => contract.Period.End < cutoff))
            {
                reasons.Add(StandingReason.ContractEndsBeforeCutoff);
            }

            if (contracts.Any(contract => contract.Period.Start > cutoff))
            {
                reasons.Add(StandingReason.ContractStartsAfterCutoff);
            }
        }

        return new MemberStanding(
            IsCounted: isCounted,
            IsEffectiveFirmMember: isCounted && isFirm,
            Paid: spanning.Any(contract => contract.Paid),
            Reasons: reasons.AsReadOnly());
    }
}
