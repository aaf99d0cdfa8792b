namespace Alliance.Membership.Domain;

/// <summary>
/// A member's standing for one programme year, from <see cref="Membership.Evaluate"/>.
/// Invariants: <see cref="IsEffectiveFirmMember"/> implies <see cref="IsCounted"/>;
/// <see cref="Paid"/> implies <see cref="IsCounted"/>; <see cref="Reasons"/> is empty exactly when
/// <see cref="IsEffectiveFirmMember"/> is true.
/// </summary>
/// <param name="IsCounted">At least one contract spans the cutoff (start ≤ cutoff ≤ end), whatever the kind.</param>
/// <param name="IsEffectiveFirmMember">Counted and the kind is <see cref="MemberKind.Firm"/>.</param>
/// <param name="Paid">Counted, and at least one contract spanning the cutoff is paid.</param>
/// <param name="Reasons">Why the member is not an effective firm member, in <see cref="StandingReason"/> order, each at most once.</param>
public sealed record MemberStanding(
    bool IsCounted,
    bool IsEffectiveFirmMember,
    bool Paid,
    IReadOnlyList<StandingReason> Reasons)
{
    /// <summary>Counted but not paid: 免費 when the member is a firm.</summary>
    public bool Free => IsCounted && !Paid;
}
