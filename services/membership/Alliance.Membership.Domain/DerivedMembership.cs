namespace Alliance.Membership.Domain;

/// <summary>What membership refuses to do to a membership derived from a cooperation project.</summary>
public enum DerivedMembershipRule
{
    /// <summary>
    /// <c>derived-from-cooperation-project</c> (field <c>memberId</c>): a member with a term from a
    /// cooperation project cannot be removed; the project is corrected or voided in revenue instead.
    /// </summary>
    MemberCannotBeRemoved,

    /// <summary>
    /// Field <c>contractId</c>, no code of its own: a term from a cooperation project cannot be edited
    /// in membership; it follows the project, which is corrected in revenue.
    /// </summary>
    ContractCannotBeEdited,
}

/// <summary>A refused change to a derived membership: the rule, the request field (camelCase) and the problem's code, if the rule has one.</summary>
public sealed record DerivedMembershipRefusal(DerivedMembershipRule Rule, string Field, string? Code);

/// <summary>
/// DOMAIN.md's special case seen from membership: revenue owns a membership derived from a cooperation
/// project, so membership neither removes such a member nor edits its derived term.
/// </summary>
public static class DerivedMembership
{
    /// <summary>The code of <see cref="DerivedMembershipRule.MemberCannotBeRemoved"/>.</summary>
    public const string MemberCannotBeRemovedCode = "derived-from-cooperation-project";

    /// <summary>Whether a member with terms from <paramref name="sources"/> is derived: any one of them is a cooperation project.</summary>
    public static bool IsDerived(IEnumerable<ContractSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return sources.Any(source => source == ContractSource.CooperationProject);
    }

    /// <summary>The refusal to remove a member with terms from <paramref name="sources"/>, or null when it may be removed.</summary>
    public static DerivedMembershipRefusal? RefusalToRemove(IEnumerable<ContractSource> sources) => IsDerived(sources)
        ? new(DerivedMembershipRule.MemberCannotBeRemoved, "memberId", MemberCannotBeRemovedCode)
        : null;

    /// <summary>The refusal to edit a term from <paramref name="source"/> in membership, or null when it may be edited.</summary>
    public static DerivedMembershipRefusal? RefusalToEdit(ContractSource source) => source == ContractSource.CooperationProject
        ? new(DerivedMembershipRule.ContractCannotBeEdited, "contractId", null)
        : null;
}
