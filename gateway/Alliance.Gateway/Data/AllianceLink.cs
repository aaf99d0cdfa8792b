namespace Alliance.Gateway.Data;

/// <summary>The gateway's copy of an alliance and who is its PI, fed by membership's alliance events.</summary>
public sealed class AllianceLink
{
    public Guid AllianceId { get; init; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string PiUserName { get; set; }
    public bool Terminated { get; set; }
    /// <summary>Membership's version of the state copied here; an older AllianceChanged is ignored.</summary>
    public long SourceVersion { get; set; }
}
