namespace Alliance.Revenue.Domain;

/// <summary>The rules of DOMAIN.md's income table, as one pure function.</summary>
public static class IncomeRules
{
    /// <summary>
    /// Checks an entry against its category's rules. A member of another alliance is refused before
    /// anything else: an entry may not name it at all. Then rules that need only the entry, so an
    /// entry that breaks one is refused even while its member is unknown:
    /// <list type="number">
    /// <item>a member of another alliance → <see cref="IncomeRule.CounterpartyOfAnotherAlliance"/> (<c>counterpartyMemberId</c>);</item>
    /// <item>other income of an excluded nature → <see cref="IncomeRule.ExcludedNature"/> (<c>nature</c>);</item>
    /// <item>transfer or cooperation signed outside <see cref="ProgrammeYear.ContractWindow"/> →
    /// <see cref="IncomeRule.SignedOutsideContractWindow"/>; anything else dated outside
    /// <see cref="ProgrammeYear.Period"/> → <see cref="IncomeRule.DateOutsideProgrammeYear"/> (<c>date</c>);</item>
    /// <item>an entry that names a member revenue has not heard of (<paramref name="member"/> null) is pending;</item>
    /// <item>then the counterparty rules of the category (see <see cref="CheckCounterparty"/>).</item>
    /// </list>
    /// </summary>
    /// <param name="member">revenue's copy of the named member; null when the entry names none or revenue has not heard of it</param>
    /// <exception cref="ArgumentException">a cooperation entry without <see cref="IncomeFacts.Cooperation"/>, or other income without a nature</exception>
    public static IncomeVerdict Check(IncomeFacts entry, MemberFacts? member)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Category == IncomeCategory.IndustryAcademiaCooperation && entry.Cooperation is null)
        {
            throw new ArgumentException("A cooperation entry needs its terms.", nameof(entry));
        }

        if (member is { Standing: MemberStanding.OfAnotherAlliance })
        {
            return IncomeVerdict.Refused(IncomeRule.CounterpartyOfAnotherAlliance, "counterpartyMemberId");
        }

        if (entry.Category == IncomeCategory.Other)
        {
            var nature = entry.Nature ?? throw new ArgumentException("Other income needs its nature.", nameof(entry));
            if (IncomeNatures.IsExcluded(nature))
            {
                return IncomeVerdict.Refused(IncomeRule.ExcludedNature, "nature");
            }
        }

        if (IncomeCategories.IsContract(entry.Category))
        {
            if (!entry.Year.ContractWindow.Contains(entry.Date))
            {
                return IncomeVerdict.Refused(IncomeRule.SignedOutsideContractWindow, "date");
            }
        }
        else if (!entry.Year.Period.Contains(entry.Date))
        {
            return IncomeVerdict.Refused(IncomeRule.DateOutsideProgrammeYear, "date");
        }

        if (entry.NamesMember && member is null)
        {
            return IncomeVerdict.MemberNotYetKnown;
        }

        return CheckCounterparty(entry, member);
    }

    /// <summary>
    /// The counterparty rules alone. A member of this alliance: any kind pays a fee; a service needs a
    /// firm; a transfer needs a firm with a contract on the signing date; cooperation too, unless the
    /// project itself makes the firm a member (core technology and signed by the PI). Anyone else
    /// (no member, or a member membership removed, judged by its kind): no fee, no transfer
    /// (<see cref="IncomeRule.CounterpartyNotAMember"/>, <see cref="IncomeRule.CounterpartyNotAFirmMember"/>);
    /// a service or cooperation needs a firm, and cooperation both facts of the special case.
    /// </summary>
    internal static IncomeVerdict CheckCounterparty(IncomeFacts entry, MemberFacts? member)
    {
        if (member is { OfThisAlliance: true })
        {
            return ForMember(entry, member);
        }

        var kind = member?.Kind ?? (entry.CounterpartyKind is { } organisation ? MemberClassification.KindOf(organisation) : (MemberKind?)null);
        var kindField = member is null ? "counterpartyKind" : "counterpartyMemberId";
        return entry.Category switch
        {
            IncomeCategory.MembershipFee => IncomeVerdict.Refused(IncomeRule.CounterpartyNotAMember, "counterpartyMemberId"),
            IncomeCategory.TechnologyTransfer => IncomeVerdict.Refused(IncomeRule.CounterpartyNotAFirmMember, "counterpartyMemberId"),
            IncomeCategory.TechnicalService when kind != MemberKind.Firm => IncomeVerdict.Refused(IncomeRule.CounterpartyNotAFirm, kindField),
            IncomeCategory.IndustryAcademiaCooperation when kind != MemberKind.Firm => IncomeVerdict.Refused(IncomeRule.CounterpartyNotAFirm, kindField),
            IncomeCategory.IndustryAcademiaCooperation when !entry.Cooperation!.ConcernsCoreTechnology =>
                IncomeVerdict.Refused(IncomeRule.CooperationNeedsCoreTechnologyAndPi, "concernsCoreTechnology"),
            IncomeCategory.IndustryAcademiaCooperation when !entry.Cooperation!.SignedByPi =>
                IncomeVerdict.Refused(IncomeRule.CooperationNeedsCoreTechnologyAndPi, "signedByPi"),
            _ => IncomeVerdict.Accepted,
        };
    }

    private static IncomeVerdict ForMember(IncomeFacts entry, MemberFacts member)
    {
        var firm = member.Kind == MemberKind.Firm;
        return entry.Category switch
        {
            IncomeCategory.MembershipFee or IncomeCategory.Other => IncomeVerdict.Accepted,
            _ when !firm => IncomeVerdict.Refused(IncomeRule.CounterpartyNotAFirm, "counterpartyMemberId"),
            IncomeCategory.TechnicalService => IncomeVerdict.Accepted,
            _ when member.HasContractOn(entry.Date) => IncomeVerdict.Accepted,
            IncomeCategory.IndustryAcademiaCooperation when entry.Cooperation!.MakesFirmMember => IncomeVerdict.Accepted,
            _ => IncomeVerdict.Refused(IncomeRule.NoContractOnSigningDate, "date"),
        };
    }
}
