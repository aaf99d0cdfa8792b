namespace Alliance.Revenue.Domain;

/// <summary>
/// The nature of an other-income entry. The first four may be recorded; the last four are the
/// things users try to record that never count (DOMAIN.md: not money the alliance can freely use).
/// </summary>
public enum IncomeNature
{
    /// <summary>研討會報名費.</summary>
    SeminarFee,

    /// <summary>課程費.</summary>
    CourseFee,

    /// <summary>廠商現金捐贈.</summary>
    CashDonation,

    /// <summary>其它.</summary>
    Other,

    /// <summary>學校提供之獎勵金 (excluded).</summary>
    UniversityIncentive,

    /// <summary>學校提供之設備 (excluded).</summary>
    UniversityEquipment,

    /// <summary>廠商捐贈之設備及其價值 (excluded).</summary>
    DonatedEquipment,

    /// <summary>科技部補助款 (excluded).</summary>
    MinistrySubsidy,
}

public static class IncomeNatures
{
    /// <summary>Whether income of this nature is never counted and must be refused.</summary>
    public static bool IsExcluded(IncomeNature nature) =>
        nature is IncomeNature.UniversityIncentive or IncomeNature.UniversityEquipment
            or IncomeNature.DonatedEquipment or IncomeNature.MinistrySubsidy;
}
