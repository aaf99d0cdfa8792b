using Alliance.Membership.Domain;
using Alliance.Messaging.Writes;

namespace Alliance.Membership.Api.Data;

/// <summary>
/// A member organisation or person of one alliance (聯盟會員). Whether it counts as a firm member
/// follows from <see cref="Kind"/> and its contracts (see Alliance.Membership.Domain).
/// <see cref="Version"/> grows with every change to the member or its contracts; it is also the
/// version its events carry.
/// </summary>
public sealed class Member : IVersioned
{
    public Guid Id { get; init; }
    public Guid AllianceId { get; init; }
    public required string Name { get; set; }
    /// <summary>Null when the stored value is no kind at all (see <see cref="StoredNames"/>): the member is shown, not classified.</summary>
    public OrganisationKind? Kind { get; set; }
    public string? RegistrationNumber { get; set; }
    /// <summary>The county or city (臺 spelling), for Taiwanese organisations.</summary>
    public string? County { get; set; }
    /// <summary>The country, for foreign organisations.</summary>
    public string? Country { get; set; }
    public string? Contact { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public long Version { get; set; }
    public List<MembershipContract> Contracts { get; init; } = [];

    public bool IsForeign => IsForeignKind(Kind);

    /// <summary>Foreign and mainland-China companies: their region is islands and overseas, whatever the county.</summary>
    public static bool IsForeignKind(OrganisationKind? kind) => kind is OrganisationKind.ForeignCompany or OrganisationKind.MainlandChinaCompany;
}
