using Alliance.Messaging.Writes;

namespace Alliance.Revenue.Api.Data;

/// <summary>Revenue's own copy of an alliance on the roster, kept from membership's alliance events.</summary>
public sealed class RosterAlliance : IAllianceRow
{
    public Guid Id { get; init; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public DateOnly? TerminatedOn { get; set; }
    /// <summary>Membership's version of the state copied here; an older AllianceChanged is ignored.</summary>
    public long SourceVersion { get; set; }
}
