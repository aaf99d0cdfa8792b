namespace Alliance.Reporting.Api.Data;

/// <summary>Reporting's own copy of an alliance on the roster, kept from membership's events.</summary>
public sealed class RosterAlliance
{
    public Guid Id { get; init; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string HostInstitution { get; set; }
    public required string DomainCode { get; set; }
    public int Phase { get; set; }
    public int YearInPhase { get; set; }
    public required string PiUserName { get; set; }
    public DateTimeOffset RegisteredAt { get; init; }
    public DateOnly? TerminatedOn { get; set; }
    /// <summary>Membership's version of the state copied here; an older AllianceChanged is ignored.</summary>
    public long SourceVersion { get; set; }
}
