namespace Alliance.Programme;

/// <summary>
/// Kind of organisation (單位類型) a member is; decides its <see cref="MemberKind"/> through
/// <see cref="MemberClassification.KindOf"/>. API names are in <see cref="OrganisationKinds"/>.
/// </summary>
public enum OrganisationKind
{
    /// <summary>Company or business registered in Taiwan (依商業登記法登記之營利事業): <c>taiwan-company</c>.</summary>
    TaiwanCompany,

    /// <summary>Non-research juridical person (非研究型法人): <c>non-research-juridical-person</c>.</summary>
    NonResearchJuridicalPerson,

    /// <summary>Industry or trade association (公協會): <c>association</c>.</summary>
    Association,

    /// <summary>Foreign company other than mainland China (國外廠商): <c>foreign-company</c>.</summary>
    ForeignCompany,

    /// <summary>Mainland-China company (陸商): <c>mainland-china-company</c>.</summary>
    MainlandChinaCompany,

    /// <summary>Research juridical person (研究型法人): <c>research-juridical-person</c>.</summary>
    ResearchJuridicalPerson,

    /// <summary>Any other organisation that is not a natural person: <c>other-organisation</c>.</summary>
    OtherOrganisation,

    /// <summary>A natural person (自然人): <c>natural-person</c>.</summary>
    NaturalPerson,
}
