namespace Alliance.Programme;

/// <summary>The kebab-case API names of <see cref="OrganisationKind"/>, one per kind.</summary>
public static class OrganisationKinds
{
    private static readonly Dictionary<OrganisationKind, string> Names = new()
    {
        [OrganisationKind.TaiwanCompany] = "taiwan-company",
        [OrganisationKind.NonResearchJuridicalPerson] = "non-research-juridical-person",
        [OrganisationKind.Association] = "association",
        [OrganisationKind.ForeignCompany] = "foreign-company",
        [OrganisationKind.MainlandChinaCompany] = "mainland-china-company",
        [OrganisationKind.ResearchJuridicalPerson] = "research-juridical-person",
        [OrganisationKind.OtherOrganisation] = "other-organisation",
        [OrganisationKind.NaturalPerson] = "natural-person",
    };

    private static readonly Dictionary<string, OrganisationKind> Kinds =
        Names.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    /// <summary>Every kind, in declaration order.</summary>
    public static IReadOnlyList<OrganisationKind> All { get; } = Enum.GetValues<OrganisationKind>();

    /// <summary>The API name of <paramref name="kind"/>, e.g. <c>taiwan-company</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static string ApiName(OrganisationKind kind) =>
        Names.TryGetValue(kind, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(kind), kind, null);

    /// <summary>Reads an API name; exact, case-sensitive match only.</summary>
    public static bool TryParse(string? apiName, out OrganisationKind kind)
    {
        kind = default;
        return apiName is not null && Kinds.TryGetValue(apiName, out kind);
    }
}
