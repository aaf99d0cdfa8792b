namespace Alliance.Gateway.Web.Membership;

/// <summary>A member's details as the form holds them; a foreign kind keeps a country, any other a county.</summary>
public sealed class MemberDraft
{
    public string Name { get; set; } = "";
    public string? OrganisationKind { get; set; } = "taiwan-company";
    public string? RegistrationNumber { get; set; }
    public string? County { get; set; }
    public string? Country { get; set; }
    public string? Contact { get; set; }

    public static MemberDraft From(MemberRow member) => new()
    {
        Name = member.Name, OrganisationKind = member.OrganisationKind, RegistrationNumber = member.RegistrationNumber,
        County = member.County, Country = member.Country, Contact = member.Contact,
    };

    public MemberBody Body(long version)
    {
        var foreign = Text.UiText.IsForeignKind(OrganisationKind);
        return new(Name, OrganisationKind, Blank(RegistrationNumber), foreign ? null : County, foreign ? Blank(Country) : null, Blank(Contact), version);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
