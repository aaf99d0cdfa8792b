namespace Alliance.Programme;

/// <summary>Which kind of member an organisation is, by DOMAIN.md's table.</summary>
public static class MemberClassification
{
    /// <summary>
    /// Taiwan company, non-research juridical person, association and foreign company → firm;
    /// mainland-China company, research juridical person and other organisation → other;
    /// natural person → individual.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static MemberKind KindOf(OrganisationKind kind) => kind switch
    {
        OrganisationKind.TaiwanCompany
            or OrganisationKind.NonResearchJuridicalPerson
            or OrganisationKind.Association
            or OrganisationKind.ForeignCompany => MemberKind.Firm,
        OrganisationKind.MainlandChinaCompany
            or OrganisationKind.ResearchJuridicalPerson
            or OrganisationKind.OtherOrganisation => MemberKind.Other,
        OrganisationKind.NaturalPerson => MemberKind.Individual,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
