namespace Alliance.Activity.Domain;

/// <summary>The rules of DOMAIN.md's activity table, as one pure function.</summary>
public static class ActivityRules
{
    /// <summary>
    /// Checks a record. A member of another alliance is refused before anything else: a record may not
    /// name it at all. Then the rules that need only the record, so a record that breaks one is refused
    /// even while its member is unknown:
    /// <list type="number">
    /// <item>a member of another alliance → <see cref="ActivityRule.NotAMember"/> (<c>memberId</c>);</item>
    /// <item>dated outside <see cref="ProgrammeYear.Period"/> → <see cref="ActivityRule.DateOutsideProgrammeYear"/> (<c>date</c>);</item>
    /// <item>a patent owned by the university alone → <see cref="ActivityRule.UniversityPatent"/> (<c>owner</c>);</item>
    /// <item>an event kept already as the other kind → <see cref="ActivityRule.EventRecordedAsOtherKind"/> (<c>kind</c>);</item>
    /// <item>a record naming a member activity has not heard of (<paramref name="member"/> null) is pending;</item>
    /// <item>a member removed → <see cref="ActivityRule.NotAMember"/>; not a firm → <see cref="ActivityRule.MemberNotAFirm"/>
    /// (<c>memberId</c>); no contract in force on the date → <see cref="ActivityRule.NoContractOnDate"/> (<c>date</c>).</item>
    /// </list>
    /// </summary>
    /// <param name="member">activity's copy of the named member; null for an event, or when activity has not heard of it</param>
    /// <exception cref="ArgumentException">a patent without its owner</exception>
    public static ActivityVerdict Check(ActivityFacts record, MemberFacts? member)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (ActivityKinds.IsPatent(record.Kind) && record.Owner is null)
        {
            throw new ArgumentException("A patent needs its owner.", nameof(record));
        }

        if (record.NamesMember && member is { Standing: MemberStanding.OfAnotherAlliance })
        {
            return ActivityVerdict.Refused(ActivityRule.NotAMember, "memberId");
        }

        if (!record.Year.Period.Contains(record.Date))
        {
            return ActivityVerdict.Refused(ActivityRule.DateOutsideProgrammeYear, "date");
        }

        if (ActivityKinds.IsPatent(record.Kind) && record.Owner == PatentOwner.University)
        {
            return ActivityVerdict.Refused(ActivityRule.UniversityPatent, "owner");
        }

        if (!record.NamesMember)
        {
            return record.OtherKindRecorded ? ActivityVerdict.Refused(ActivityRule.EventRecordedAsOtherKind, "kind") : ActivityVerdict.Accepted;
        }

        return member switch
        {
            null => ActivityVerdict.MemberNotYetKnown,
            { Standing: MemberStanding.Removed } => ActivityVerdict.Refused(ActivityRule.NotAMember, "memberId"),
            { Kind: not MemberKind.Firm } => ActivityVerdict.Refused(ActivityRule.MemberNotAFirm, "memberId"),
            _ when !member.HasContractOn(record.Date) => ActivityVerdict.Refused(ActivityRule.NoContractOnDate, "date"),
            _ => ActivityVerdict.Accepted,
        };
    }
}
